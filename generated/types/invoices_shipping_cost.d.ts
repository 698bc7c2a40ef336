import type { LineItemsTaxAmount } from "./line_items_tax_amount.js";
import type { ShippingRate } from "./shipping_rate.js";

/** @schema `invoices_shipping_cost` */
export type InvoicesShippingCost = {
  /** Total shipping cost before any taxes are applied. */
  amount_subtotal: number;
  /** Total tax amount applied due to shipping costs. If no tax was applied, defaults to 0. */
  amount_tax: number;
  /** Total shipping cost after taxes are applied. */
  amount_total: number;
  /**
   * The ID of the ShippingRate for this invoice.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  shipping_rate?: string | ShippingRate | null;
  /** The taxes applied to the shipping rate. */
  taxes?: LineItemsTaxAmount[];
};
