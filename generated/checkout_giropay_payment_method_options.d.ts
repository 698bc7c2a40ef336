import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutGiropayPaymentMethodOptions as self } from "./types/checkout_giropay_payment_method_options.js";

export type CheckoutGiropayPaymentMethodOptions = self;
export declare const CheckoutGiropayPaymentMethodOptions: SchemaModule<self>;
