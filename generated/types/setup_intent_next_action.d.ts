import type { PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode } from "./payment_intent_next_action_cashapp_handle_redirect_or_display_qr_code.js";
import type { SetupIntentNextActionRedirectToUrl } from "./setup_intent_next_action_redirect_to_url.js";
import type { SetupIntentNextActionVerifyWithMicrodeposits } from "./setup_intent_next_action_verify_with_microdeposits.js";

/** @schema `setup_intent_next_action` */
export type SetupIntentNextAction = {
  cashapp_handle_redirect_or_display_qr_code?: PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode;
  redirect_to_url?: SetupIntentNextActionRedirectToUrl;
  /**
   * Type of the next action to perform, one of `redirect_to_url`, `use_stripe_sdk`, `alipay_handle_redirect`, `oxxo_display_details`, or `verify_with_microdeposits`.
   *
   * @maxLength 5000
   */
  type: string;
  /** When confirming a SetupIntent with Stripe.js, Stripe.js depends on the contents of this dictionary to invoke authentication flows. The shape of the contents is subject to change and is only intended to be used by Stripe.js. */
  use_stripe_sdk?: { [key: string]: unknown };
  verify_with_microdeposits?: SetupIntentNextActionVerifyWithMicrodeposits;
};
