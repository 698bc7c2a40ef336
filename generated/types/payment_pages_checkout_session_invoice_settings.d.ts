import type { DeletedTaxId } from "./deleted_tax_id.js";
import type { InvoiceSettingCustomField } from "./invoice_setting_custom_field.js";
import type { InvoiceSettingRenderingOptions } from "./invoice_setting_rendering_options.js";
import type { TaxId } from "./tax_id.js";

/** @schema `payment_pages_checkout_session_invoice_settings` */
export type PaymentPagesCheckoutSessionInvoiceSettings = {
  /** The account tax IDs associated with the invoice. */
  account_tax_ids?: (string | TaxId | DeletedTaxId)[] | null;
  /** Custom fields displayed on the invoice. */
  custom_fields?: InvoiceSettingCustomField[] | null;
  /**
   * An arbitrary string attached to the object. Often useful for displaying to users.
   *
   * @maxLength 5000
   */
  description?: string | null;
  /**
   * Footer displayed on the invoice.
   *
   * @maxLength 5000
   */
  footer?: string | null;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: { [key: string]: string } | null;
  /** Options for invoice PDF rendering. */
  rendering_options?: InvoiceSettingRenderingOptions | null;
};
