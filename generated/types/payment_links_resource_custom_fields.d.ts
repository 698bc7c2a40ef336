import type { PaymentLinksResourceCustomFieldsDropdown } from "./payment_links_resource_custom_fields_dropdown.js";
import type { PaymentLinksResourceCustomFieldsLabel } from "./payment_links_resource_custom_fields_label.js";
import type { PaymentLinksResourceCustomFieldsNumeric } from "./payment_links_resource_custom_fields_numeric.js";
import type { PaymentLinksResourceCustomFieldsText } from "./payment_links_resource_custom_fields_text.js";

/** @schema `payment_links_resource_custom_fields` */
export type PaymentLinksResourceCustomFields = {
  /** Configuration for `type=dropdown` fields. */
  dropdown?: PaymentLinksResourceCustomFieldsDropdown | null;
  /**
   * String of your choice that your integration can use to reconcile this field. Must be unique to this field, alphanumeric, and up to 200 characters.
   *
   * @maxLength 5000
   */
  key: string;
  label: PaymentLinksResourceCustomFieldsLabel;
  /** Configuration for `type=numeric` fields. */
  numeric?: PaymentLinksResourceCustomFieldsNumeric | null;
  /** Whether the customer is required to complete the field before completing the Checkout Session. Defaults to `false`. */
  optional: boolean;
  /** Configuration for `type=text` fields. */
  text?: PaymentLinksResourceCustomFieldsText | null;
  /** The type of the field. */
  type: "dropdown" | "numeric" | "text";
};
