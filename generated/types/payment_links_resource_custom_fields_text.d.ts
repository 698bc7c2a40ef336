/** @schema `payment_links_resource_custom_fields_text` */
export type PaymentLinksResourceCustomFieldsText = {
  /** The maximum character length constraint for the customer's input. */
  maximum_length?: number | null;
  /** The minimum character length requirement for the customer's input. */
  minimum_length?: number | null;
};
