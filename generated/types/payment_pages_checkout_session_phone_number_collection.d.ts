/** @schema `payment_pages_checkout_session_phone_number_collection` */
export interface PaymentPagesCheckoutSessionPhoneNumberCollection {
  /** Indicates whether phone number collection is enabled for the session */
  enabled: boolean;
}
