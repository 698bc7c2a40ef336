/** @schema `payment_links_resource_custom_fields_dropdown_option` */
export type PaymentLinksResourceCustomFieldsDropdownOption = {
  /**
   * The label for the option, displayed to the customer. Up to 100 characters.
   *
   * @maxLength 5000
   */
  label: string;
  /**
   * The value for this option, not displayed to the customer, used by your integration to reconcile the option selected by the customer. Must be unique to this option, alphanumeric, and up to 100 characters.
   *
   * @maxLength 5000
   */
  value: string;
};
