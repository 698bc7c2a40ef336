import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutKlarnaPaymentMethodOptions as self } from "./types/checkout_klarna_payment_method_options.js";

export type CheckoutKlarnaPaymentMethodOptions = self;
export declare const CheckoutKlarnaPaymentMethodOptions: SchemaModule<self>;
