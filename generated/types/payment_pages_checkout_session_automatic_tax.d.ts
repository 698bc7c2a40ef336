/** @schema `payment_pages_checkout_session_automatic_tax` */
export type PaymentPagesCheckoutSessionAutomaticTax = {
  /** Indicates whether automatic tax is enabled for the session */
  enabled: boolean;
  /** The status of the most recent automated tax calculation for this session. */
  status?: "complete" | "failed" | "requires_location_inputs" | null;
};
