import type * as runtime from "./runtime/api.js";
import type { PaymentIntentNextActionWechatPayRedirectToIosApp as self } from "./types/payment_intent_next_action_wechat_pay_redirect_to_ios_app.js";

export type PaymentIntentNextActionWechatPayRedirectToIosApp = self;
export declare const PaymentIntentNextActionWechatPayRedirectToIosApp: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentNextActionWechatPayRedirectToIosApp(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentIntentNextActionWechatPayRedirectToIosApp(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentNextActionWechatPayRedirectToIosApp: runtime.Check;
