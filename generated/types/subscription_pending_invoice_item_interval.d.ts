/** @schema `subscription_pending_invoice_item_interval` */
export type SubscriptionPendingInvoiceItemInterval = {
  /** Specifies invoicing frequency. Either `day`, `week`, `month` or `year`. */
  interval: "day" | "month" | "week" | "year";
  /** The number of intervals between invoices. For example, `interval=month` and `interval_count=3` bills every 3 months. Maximum of one year interval allowed (1 year, 12 months, or 52 weeks). */
  interval_count: number;
};
