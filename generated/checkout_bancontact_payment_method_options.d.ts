import type * as runtime from "./runtime/api.js";
import type { CheckoutBancontactPaymentMethodOptions as self } from "./types/checkout_bancontact_payment_method_options.js";

export type CheckoutBancontactPaymentMethodOptions = self;
export declare const CheckoutBancontactPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutBancontactPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutBancontactPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutBancontactPaymentMethodOptions: runtime.Check;
