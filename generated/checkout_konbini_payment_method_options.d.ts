import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutKonbiniPaymentMethodOptions as self } from "./types/checkout_konbini_payment_method_options.js";

export type CheckoutKonbiniPaymentMethodOptions = self;
export declare const CheckoutKonbiniPaymentMethodOptions: SchemaModule<self>;
