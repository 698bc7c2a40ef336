import type * as runtime from "./runtime/api.js";
import type { CheckoutAffirmPaymentMethodOptions as self } from "./types/checkout_affirm_payment_method_options.js";

export type CheckoutAffirmPaymentMethodOptions = self;
export declare const CheckoutAffirmPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutAffirmPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutAffirmPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutAffirmPaymentMethodOptions: runtime.Check;
