import type * as runtime from "./runtime/api.js";
import type { CheckoutLinkPaymentMethodOptions as self } from "./types/checkout_link_payment_method_options.js";

export type CheckoutLinkPaymentMethodOptions = self;
export declare const CheckoutLinkPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutLinkPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutLinkPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutLinkPaymentMethodOptions: runtime.Check;
