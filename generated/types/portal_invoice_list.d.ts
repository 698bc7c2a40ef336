/** @schema `portal_invoice_list` */
export interface PortalInvoiceList {
  /** Whether the feature is enabled. */
  enabled: boolean;
}
