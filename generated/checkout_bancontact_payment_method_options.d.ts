import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutBancontactPaymentMethodOptions as self } from "./types/checkout_bancontact_payment_method_options.js";

export type CheckoutBancontactPaymentMethodOptions = self;
export declare const CheckoutBancontactPaymentMethodOptions: SchemaModule<self>;
