import type * as runtime from "./runtime/api.js";
import type { PaymentIntentNextActionWechatPayRedirectToAndroidApp as self } from "./types/payment_intent_next_action_wechat_pay_redirect_to_android_app.js";

export type PaymentIntentNextActionWechatPayRedirectToAndroidApp = self;
export declare const PaymentIntentNextActionWechatPayRedirectToAndroidApp: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentNextActionWechatPayRedirectToAndroidApp(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isPaymentIntentNextActionWechatPayRedirectToAndroidApp(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentNextActionWechatPayRedirectToAndroidApp: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testPaymentIntentNextActionWechatPayRedirectToAndroidApp: runtime.Test;
