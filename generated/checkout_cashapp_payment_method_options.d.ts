import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutCashappPaymentMethodOptions as Type } from "./types/checkout_cashapp_payment_method_options.js";

export type CheckoutCashappPaymentMethodOptions = Type;
export declare const CheckoutCashappPaymentMethodOptions: SchemaModule<Type>;
