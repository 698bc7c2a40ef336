import type * as runtime from "./runtime/api.js";
import type { PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode as self } from "./types/payment_intent_next_action_cashapp_handle_redirect_or_display_qr_code.js";

export type PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode = self;
export declare const PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isPaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testPaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode: runtime.Test;
