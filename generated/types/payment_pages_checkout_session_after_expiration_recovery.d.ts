/** @schema `payment_pages_checkout_session_after_expiration_recovery` */
export type PaymentPagesCheckoutSessionAfterExpirationRecovery = {
  /** Enables user redeemable promotion codes on the recovered Checkout Sessions. Defaults to `false` */
  allow_promotion_codes: boolean;
  /**
   * If `true`, a recovery url will be generated to recover this Checkout Session if it
   * expires before a transaction is completed. It will be attached to the
   * Checkout Session object upon expiration.
   */
  enabled: boolean;
  /**
   * The timestamp at which the recovery URL will expire.
   *
   * @format unix-time
   */
  expires_at?: number | null;
  /**
   * URL that creates a new Checkout Session when clicked that is a copy of this expired Checkout Session
   *
   * @maxLength 5000
   */
  url?: string | null;
};
