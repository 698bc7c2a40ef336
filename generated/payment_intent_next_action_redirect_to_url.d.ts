import type * as runtime from "./runtime/api.js";
import type { PaymentIntentNextActionRedirectToUrl as self } from "./types/payment_intent_next_action_redirect_to_url.js";

export type PaymentIntentNextActionRedirectToUrl = self;
export declare const PaymentIntentNextActionRedirectToUrl: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentNextActionRedirectToUrl(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentIntentNextActionRedirectToUrl(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentNextActionRedirectToUrl: runtime.Check;
