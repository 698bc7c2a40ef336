import type { PaymentIntentNextActionAlipayHandleRedirect } from "./payment_intent_next_action_alipay_handle_redirect.js";
import type { PaymentIntentNextActionBoleto } from "./payment_intent_next_action_boleto.js";
import type { PaymentIntentNextActionCardAwaitNotification } from "./payment_intent_next_action_card_await_notification.js";
import type { PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode } from "./payment_intent_next_action_cashapp_handle_redirect_or_display_qr_code.js";
import type { PaymentIntentNextActionDisplayBankTransferInstructions } from "./payment_intent_next_action_display_bank_transfer_instructions.js";
import type { PaymentIntentNextActionDisplayOxxoDetails } from "./payment_intent_next_action_display_oxxo_details.js";
import type { PaymentIntentNextActionKonbini } from "./payment_intent_next_action_konbini.js";
import type { PaymentIntentNextActionPaynowDisplayQrCode } from "./payment_intent_next_action_paynow_display_qr_code.js";
import type { PaymentIntentNextActionPixDisplayQrCode } from "./payment_intent_next_action_pix_display_qr_code.js";
import type { PaymentIntentNextActionPromptpayDisplayQrCode } from "./payment_intent_next_action_promptpay_display_qr_code.js";
import type { PaymentIntentNextActionRedirectToUrl } from "./payment_intent_next_action_redirect_to_url.js";
import type { PaymentIntentNextActionVerifyWithMicrodeposits } from "./payment_intent_next_action_verify_with_microdeposits.js";
import type { PaymentIntentNextActionWechatPayDisplayQrCode } from "./payment_intent_next_action_wechat_pay_display_qr_code.js";
import type { PaymentIntentNextActionWechatPayRedirectToAndroidApp } from "./payment_intent_next_action_wechat_pay_redirect_to_android_app.js";
import type { PaymentIntentNextActionWechatPayRedirectToIosApp } from "./payment_intent_next_action_wechat_pay_redirect_to_ios_app.js";

/** @schema `payment_intent_next_action` */
export type PaymentIntentNextAction = {
  alipay_handle_redirect?: PaymentIntentNextActionAlipayHandleRedirect;
  boleto_display_details?: PaymentIntentNextActionBoleto;
  card_await_notification?: PaymentIntentNextActionCardAwaitNotification;
  cashapp_handle_redirect_or_display_qr_code?: PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode;
  display_bank_transfer_instructions?: PaymentIntentNextActionDisplayBankTransferInstructions;
  konbini_display_details?: PaymentIntentNextActionKonbini;
  oxxo_display_details?: PaymentIntentNextActionDisplayOxxoDetails;
  paynow_display_qr_code?: PaymentIntentNextActionPaynowDisplayQrCode;
  pix_display_qr_code?: PaymentIntentNextActionPixDisplayQrCode;
  promptpay_display_qr_code?: PaymentIntentNextActionPromptpayDisplayQrCode;
  redirect_to_url?: PaymentIntentNextActionRedirectToUrl;
  /**
   * Type of the next action to perform, one of `redirect_to_url`, `use_stripe_sdk`, `alipay_handle_redirect`, `oxxo_display_details`, or `verify_with_microdeposits`.
   *
   * @maxLength 5000
   */
  type: string;
  /** When confirming a PaymentIntent with Stripe.js, Stripe.js depends on the contents of this dictionary to invoke authentication flows. The shape of the contents is subject to change and is only intended to be used by Stripe.js. */
  use_stripe_sdk?: { [key: string]: unknown };
  verify_with_microdeposits?: PaymentIntentNextActionVerifyWithMicrodeposits;
  wechat_pay_display_qr_code?: PaymentIntentNextActionWechatPayDisplayQrCode;
  wechat_pay_redirect_to_android_app?: PaymentIntentNextActionWechatPayRedirectToAndroidApp;
  wechat_pay_redirect_to_ios_app?: PaymentIntentNextActionWechatPayRedirectToIosApp;
};
