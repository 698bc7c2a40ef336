/** @schema `payment_pages_checkout_session_tax_id_collection` */
export type PaymentPagesCheckoutSessionTaxIdCollection = {
  /** Indicates whether tax ID collection is enabled for the session */
  enabled: boolean;
};
