import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutFpxPaymentMethodOptions as Type } from "./types/checkout_fpx_payment_method_options.js";

export type CheckoutFpxPaymentMethodOptions = Type;
export declare const CheckoutFpxPaymentMethodOptions: SchemaModule<Type>;
