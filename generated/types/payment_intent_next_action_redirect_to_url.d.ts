/** @schema `payment_intent_next_action_redirect_to_url` */
export type PaymentIntentNextActionRedirectToUrl = {
  /**
   * If the customer does not exit their browser while authenticating, they will be redirected to this specified URL after completion.
   *
   * @maxLength 5000
   */
  return_url?: string | null;
  /**
   * The URL you must redirect your customer to in order to authenticate the payment.
   *
   * @maxLength 5000
   */
  url?: string | null;
};
