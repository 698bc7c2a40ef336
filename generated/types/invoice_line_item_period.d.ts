/** @schema `invoice_line_item_period` */
export type InvoiceLineItemPeriod = {
  /**
   * The end of the period, which must be greater than or equal to the start. This value is inclusive.
   *
   * @format unix-time
   */
  end: number;
  /**
   * The start of the period. This value is inclusive.
   *
   * @format unix-time
   */
  start: number;
};
