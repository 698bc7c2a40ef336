/** @schema `payment_intent_next_action_boleto` */
export type PaymentIntentNextActionBoleto = {
  /**
   * The timestamp after which the boleto expires.
   *
   * @format unix-time
   */
  expires_at?: number | null;
  /**
   * The URL to the hosted boleto voucher page, which allows customers to view the boleto voucher.
   *
   * @maxLength 5000
   */
  hosted_voucher_url?: string | null;
  /**
   * The boleto number.
   *
   * @maxLength 5000
   */
  number?: string | null;
  /**
   * The URL to the downloadable boleto voucher PDF.
   *
   * @maxLength 5000
   */
  pdf?: string | null;
};
