import type { PaymentPagesCheckoutSessionCustomFieldsOption } from "./payment_pages_checkout_session_custom_fields_option.js";

/** @schema `payment_pages_checkout_session_custom_fields_dropdown` */
export type PaymentPagesCheckoutSessionCustomFieldsDropdown = {
  /** The options available for the customer to select. Up to 200 options allowed. */
  options: PaymentPagesCheckoutSessionCustomFieldsOption[];
  /**
   * The option selected by the customer. This will be the `value` for the option.
   *
   * @maxLength 5000
   */
  value?: string | null;
};
