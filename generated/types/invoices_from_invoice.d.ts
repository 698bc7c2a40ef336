import type { Invoice } from "./invoice.js";

/** @schema `invoices_from_invoice` */
export type InvoicesFromInvoice = {
  /**
   * The relation between this invoice and the cloned invoice
   *
   * @maxLength 5000
   */
  action: string;
  /**
   * The invoice that was cloned.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  invoice: string | Invoice;
};
