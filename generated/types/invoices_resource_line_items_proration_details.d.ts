import type { InvoicesResourceLineItemsCreditedItems } from "./invoices_resource_line_items_credited_items.js";

/** @schema `invoices_resource_line_items_proration_details` */
export type InvoicesResourceLineItemsProrationDetails = {
  /** For a credit proration `line_item`, the original debit line_items to which the credit proration applies. */
  credited_items?: InvoicesResourceLineItemsCreditedItems | null;
};
