import type { Item } from "./item.js";
import type { QuotesResourceTotalDetails } from "./quotes_resource_total_details.js";

/** @schema `quotes_resource_upfront` */
export type QuotesResourceUpfront = {
  /** Total before any discounts or taxes are applied. */
  amount_subtotal: number;
  /** Total after discounts and taxes are applied. */
  amount_total: number;
  /** The line items that will appear on the next invoice after this quote is accepted. This does not include pending invoice items that exist on the customer but may still be included in the next invoice. */
  line_items?: {
    /** Details about each object. */
    data: Item[];
    /** True if this list has another page of items after this one that can be fetched. */
    has_more: boolean;
    /** String representing the object's type. Objects of the same type share the same value. Always has the value `list`. */
    object: "list";
    /**
     * The URL where this list can be accessed.
     *
     * @maxLength 5000
     */
    url: string;
  };
  total_details: QuotesResourceTotalDetails;
};
