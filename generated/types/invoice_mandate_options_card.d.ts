/** @schema `invoice_mandate_options_card` */
export type InvoiceMandateOptionsCard = {
  /** Amount to be charged for future payments. */
  amount?: number | null;
  /** One of `fixed` or `maximum`. If `fixed`, the `amount` param refers to the exact amount to be charged in future payments. If `maximum`, the amount charged can be up to the value passed for the `amount` param. */
  amount_type?: "fixed" | "maximum" | null;
  /**
   * A description of the mandate or subscription that is meant to be displayed to the customer.
   *
   * @maxLength 200
   */
  description?: string | null;
};
