import type { DeletedPrice } from "./deleted_price.js";
import type { Price } from "./price.js";
import type { TaxRate } from "./tax_rate.js";

/**
 * An Add Invoice Item describes the prices and quantities that will be added as pending invoice items when entering a phase.
 *
 * @schema `subscription_schedule_add_invoice_item`
 */
export type SubscriptionScheduleAddInvoiceItem = {
  /**
   * ID of the price used to generate the invoice item.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  price: string | Price | DeletedPrice;
  /** The quantity of the invoice item. */
  quantity?: number | null;
  /** The tax rates which apply to the item. When set, the `default_tax_rates` do not apply to this item. */
  tax_rates?: TaxRate[] | null;
};
