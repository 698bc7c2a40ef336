import type { InvoiceItemThresholdReason } from "./invoice_item_threshold_reason.js";

/** @schema `invoice_threshold_reason` */
export type InvoiceThresholdReason = {
  /** The total invoice amount threshold boundary if it triggered the threshold invoice. */
  amount_gte?: number | null;
  /** Indicates which line items triggered a threshold invoice. */
  item_reasons: InvoiceItemThresholdReason[];
};
