import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutAffirmPaymentMethodOptions as self } from "./types/checkout_affirm_payment_method_options.js";

export type CheckoutAffirmPaymentMethodOptions = self;
export declare const CheckoutAffirmPaymentMethodOptions: SchemaModule<self>;
