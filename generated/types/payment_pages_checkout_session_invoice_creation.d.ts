import type { PaymentPagesCheckoutSessionInvoiceSettings } from "./payment_pages_checkout_session_invoice_settings.js";

/** @schema `payment_pages_checkout_session_invoice_creation` */
export type PaymentPagesCheckoutSessionInvoiceCreation = {
  /** Indicates whether invoice creation is enabled for the Checkout Session. */
  enabled: boolean;
  invoice_data: PaymentPagesCheckoutSessionInvoiceSettings;
};
