import type { PaymentLinksResourceCustomFieldsDropdownOption } from "./payment_links_resource_custom_fields_dropdown_option.js";

/** @schema `payment_links_resource_custom_fields_dropdown` */
export type PaymentLinksResourceCustomFieldsDropdown = {
  /** The options available for the customer to select. Up to 200 options allowed. */
  options: PaymentLinksResourceCustomFieldsDropdownOption[];
};
