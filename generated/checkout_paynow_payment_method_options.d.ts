import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutPaynowPaymentMethodOptions as self } from "./types/checkout_paynow_payment_method_options.js";

export type CheckoutPaynowPaymentMethodOptions = self;
export declare const CheckoutPaynowPaymentMethodOptions: SchemaModule<self>;
