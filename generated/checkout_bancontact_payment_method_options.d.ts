import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutBancontactPaymentMethodOptions as Type } from "./types/checkout_bancontact_payment_method_options.js";

export type CheckoutBancontactPaymentMethodOptions = Type;
export declare const CheckoutBancontactPaymentMethodOptions: SchemaModule<Type>;
