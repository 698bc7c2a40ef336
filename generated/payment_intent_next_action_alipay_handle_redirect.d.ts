import type * as runtime from "./runtime/api.js";
import type { PaymentIntentNextActionAlipayHandleRedirect as self } from "./types/payment_intent_next_action_alipay_handle_redirect.js";

export type PaymentIntentNextActionAlipayHandleRedirect = self;
export declare const PaymentIntentNextActionAlipayHandleRedirect: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentNextActionAlipayHandleRedirect(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentIntentNextActionAlipayHandleRedirect(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentNextActionAlipayHandleRedirect: runtime.Check;
