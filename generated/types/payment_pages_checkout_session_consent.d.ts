/** @schema `payment_pages_checkout_session_consent` */
export type PaymentPagesCheckoutSessionConsent = {
  /**
   * If `opt_in`, the customer consents to receiving promotional communications
   * from the merchant about this Checkout Session.
   */
  promotions?: "opt_in" | "opt_out" | null;
  /** If `accepted`, the customer in this Checkout Session has agreed to the merchant's terms of service. */
  terms_of_service?: "accepted" | (string & {}) | null;
};
