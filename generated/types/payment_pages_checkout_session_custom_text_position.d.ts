/** @schema `payment_pages_checkout_session_custom_text_position` */
export type PaymentPagesCheckoutSessionCustomTextPosition = {
  /**
   * Text may be up to 1000 characters in length.
   *
   * @maxLength 500
   */
  message: string;
};
