/** @schema `invoice_installments_card` */
export type InvoiceInstallmentsCard = {
  /** Whether Installments are enabled for this Invoice. */
  enabled?: boolean | null;
};
