/** @schema `payment_pages_checkout_session_phone_number_collection` */
export type PaymentPagesCheckoutSessionPhoneNumberCollection = {
  /** Indicates whether phone number collection is enabled for the session */
  enabled: boolean;
};
