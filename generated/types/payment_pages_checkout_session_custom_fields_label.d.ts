/** @schema `payment_pages_checkout_session_custom_fields_label` */
export type PaymentPagesCheckoutSessionCustomFieldsLabel = {
  /**
   * Custom text for the label, displayed to the customer. Up to 50 characters.
   *
   * @maxLength 5000
   */
  custom?: string | null;
  /** The type of the label. */
  type: "custom";
};
