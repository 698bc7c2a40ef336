/** @schema `payment_links_resource_payment_intent_data` */
export type PaymentLinksResourcePaymentIntentData = {
  /** Indicates when the funds will be captured from the customer's account. */
  capture_method?: "automatic" | "automatic_async" | "manual" | null;
  /** Indicates that you intend to make future payments with the payment method collected during checkout. */
  setup_future_usage?: "off_session" | "on_session" | null;
};
