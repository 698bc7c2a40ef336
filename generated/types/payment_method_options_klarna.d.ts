/** @schema `payment_method_options_klarna` */
export type PaymentMethodOptionsKlarna = {
  /** Controls when the funds will be captured from the customer's account. */
  capture_method?: "manual";
  /**
   * Preferred locale of the Klarna checkout page that the customer is redirected to.
   *
   * @maxLength 5000
   */
  preferred_locale?: string | null;
  /**
   * Indicates that you intend to make future payments with this PaymentIntent's payment method.
   *
   * Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment) to the PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and any required actions from the user are complete. If no Customer was provided, the payment method can still be [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.
   *
   * When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-authentication).
   */
  setup_future_usage?: "none";
};
