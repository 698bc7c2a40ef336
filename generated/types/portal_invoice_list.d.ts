/** @schema `portal_invoice_list` */
export type PortalInvoiceList = {
  /** Whether the feature is enabled. */
  enabled: boolean;
};
