import type * as runtime from "./runtime/api.js";
import type { PaymentIntentNextActionAlipayHandleRedirect as self } from "./types/payment_intent_next_action_alipay_handle_redirect.js";

export type PaymentIntentNextActionAlipayHandleRedirect = self;
export declare const PaymentIntentNextActionAlipayHandleRedirect: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentNextActionAlipayHandleRedirect(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isPaymentIntentNextActionAlipayHandleRedirect(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentNextActionAlipayHandleRedirect: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testPaymentIntentNextActionAlipayHandleRedirect: runtime.Test;
