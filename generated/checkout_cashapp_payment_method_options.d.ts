import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutCashappPaymentMethodOptions as self } from "./types/checkout_cashapp_payment_method_options.js";

export type CheckoutCashappPaymentMethodOptions = self;
export declare const CheckoutCashappPaymentMethodOptions: SchemaModule<self>;
