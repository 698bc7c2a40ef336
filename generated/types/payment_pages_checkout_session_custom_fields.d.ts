import type { PaymentPagesCheckoutSessionCustomFieldsDropdown } from "./payment_pages_checkout_session_custom_fields_dropdown.js";
import type { PaymentPagesCheckoutSessionCustomFieldsLabel } from "./payment_pages_checkout_session_custom_fields_label.js";
import type { PaymentPagesCheckoutSessionCustomFieldsNumeric } from "./payment_pages_checkout_session_custom_fields_numeric.js";
import type { PaymentPagesCheckoutSessionCustomFieldsText } from "./payment_pages_checkout_session_custom_fields_text.js";

/** @schema `payment_pages_checkout_session_custom_fields` */
export type PaymentPagesCheckoutSessionCustomFields = {
  /** Configuration for `type=dropdown` fields. */
  dropdown?: PaymentPagesCheckoutSessionCustomFieldsDropdown | null;
  /**
   * String of your choice that your integration can use to reconcile this field. Must be unique to this field, alphanumeric, and up to 200 characters.
   *
   * @maxLength 5000
   */
  key: string;
  label: PaymentPagesCheckoutSessionCustomFieldsLabel;
  /** Configuration for `type=numeric` fields. */
  numeric?: PaymentPagesCheckoutSessionCustomFieldsNumeric | null;
  /** Whether the customer is required to complete the field before completing the Checkout Session. Defaults to `false`. */
  optional: boolean;
  /** Configuration for `type=text` fields. */
  text?: PaymentPagesCheckoutSessionCustomFieldsText | null;
  /** The type of the field. */
  type: "dropdown" | "numeric" | "text";
};
