/** @schema `invoices_resource_line_items_credited_items` */
export type InvoicesResourceLineItemsCreditedItems = {
  /**
   * Invoice containing the credited invoice line items
   *
   * @maxLength 5000
   */
  invoice: string;
  /** Credited invoice line items */
  invoice_line_items: string[];
};
