/** @schema `payment_pages_checkout_session_consent_collection` */
export type PaymentPagesCheckoutSessionConsentCollection = {
  /**
   * If set to `auto`, enables the collection of customer consent for promotional communications. The Checkout
   * Session will determine whether to display an option to opt into promotional communication
   * from the merchant depending on the customer's locale. Only available to US merchants.
   */
  promotions?: "auto" | "none" | null;
  /** If set to `required`, it requires customers to accept the terms of service before being able to pay. */
  terms_of_service?: "none" | "required" | null;
};
