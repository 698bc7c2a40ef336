import type { InvoiceSettingCustomField } from "./invoice_setting_custom_field.js";
import type { InvoiceSettingRenderingOptions } from "./invoice_setting_rendering_options.js";
import type { PaymentMethod } from "./payment_method.js";

/** @schema `invoice_setting_customer_setting` */
export type InvoiceSettingCustomerSetting = {
  /** Default custom fields to be displayed on invoices for this customer. */
  custom_fields?: InvoiceSettingCustomField[] | null;
  /**
   * ID of a payment method that's attached to the customer, to be used as the customer's default payment method for subscriptions and invoices.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  default_payment_method?: string | PaymentMethod | null;
  /**
   * Default footer to be displayed on invoices for this customer.
   *
   * @maxLength 5000
   */
  footer?: string | null;
  /** Default options for invoice PDF rendering for this customer. */
  rendering_options?: InvoiceSettingRenderingOptions | null;
};
