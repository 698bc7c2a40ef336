/** @schema `invoice_installments_card` */
export interface InvoiceInstallmentsCard {
  /** Whether Installments are enabled for this Invoice. */
  enabled?: boolean | null;
}
