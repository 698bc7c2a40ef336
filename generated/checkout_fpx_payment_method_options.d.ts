import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutFpxPaymentMethodOptions as self } from "./types/checkout_fpx_payment_method_options.js";

export type CheckoutFpxPaymentMethodOptions = self;
export declare const CheckoutFpxPaymentMethodOptions: SchemaModule<self>;
