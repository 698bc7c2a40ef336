/** @schema `payment_intent_next_action_display_oxxo_details` */
export type PaymentIntentNextActionDisplayOxxoDetails = {
  /**
   * The timestamp after which the OXXO voucher expires.
   *
   * @format unix-time
   */
  expires_after?: number | null;
  /**
   * The URL for the hosted OXXO voucher page, which allows customers to view and print an OXXO voucher.
   *
   * @maxLength 5000
   */
  hosted_voucher_url?: string | null;
  /**
   * OXXO reference number.
   *
   * @maxLength 5000
   */
  number?: string | null;
};
