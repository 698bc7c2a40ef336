/** @schema `payment_links_resource_custom_fields_label` */
export type PaymentLinksResourceCustomFieldsLabel = {
  /**
   * Custom text for the label, displayed to the customer. Up to 50 characters.
   *
   * @maxLength 5000
   */
  custom?: string | null;
  /** The type of the label. */
  type: "custom";
};
