import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutOxxoPaymentMethodOptions as self } from "./types/checkout_oxxo_payment_method_options.js";

export type CheckoutOxxoPaymentMethodOptions = self;
export declare const CheckoutOxxoPaymentMethodOptions: SchemaModule<self>;
