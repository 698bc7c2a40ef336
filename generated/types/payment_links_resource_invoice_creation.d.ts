import type { PaymentLinksResourceInvoiceSettings } from "./payment_links_resource_invoice_settings.js";

/** @schema `payment_links_resource_invoice_creation` */
export type PaymentLinksResourceInvoiceCreation = {
  /** Enable creating an invoice on successful payment. */
  enabled: boolean;
  /** Configuration for the invoice. Default invoice values will be used if unspecified. */
  invoice_data?: PaymentLinksResourceInvoiceSettings | null;
};
