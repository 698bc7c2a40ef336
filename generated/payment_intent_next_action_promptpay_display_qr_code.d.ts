import type * as runtime from "./runtime/api.js";
import type { PaymentIntentNextActionPromptpayDisplayQrCode as self } from "./types/payment_intent_next_action_promptpay_display_qr_code.js";

export type PaymentIntentNextActionPromptpayDisplayQrCode = self;
export declare const PaymentIntentNextActionPromptpayDisplayQrCode: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentNextActionPromptpayDisplayQrCode(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentIntentNextActionPromptpayDisplayQrCode(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentNextActionPromptpayDisplayQrCode: runtime.Check;
