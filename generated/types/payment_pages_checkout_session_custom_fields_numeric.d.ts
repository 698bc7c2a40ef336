/** @schema `payment_pages_checkout_session_custom_fields_numeric` */
export type PaymentPagesCheckoutSessionCustomFieldsNumeric = {
  /** The maximum character length constraint for the customer's input. */
  maximum_length?: number | null;
  /** The minimum character length requirement for the customer's input. */
  minimum_length?: number | null;
  /**
   * The value entered by the customer, containing only digits.
   *
   * @maxLength 5000
   */
  value?: string | null;
};
