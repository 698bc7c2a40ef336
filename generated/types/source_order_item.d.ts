/** @schema `source_order_item` */
export type SourceOrderItem = {
  /** The amount (price) for this order item. */
  amount?: number | null;
  /**
   * This currency of this order item. Required when `amount` is present.
   *
   * @maxLength 5000
   */
  currency?: string | null;
  /**
   * Human-readable description for this order item.
   *
   * @maxLength 5000
   */
  description?: string | null;
  /**
   * The ID of the associated object for this line item. Expandable if not null (e.g., expandable to a SKU).
   *
   * @maxLength 5000
   */
  parent?: string | null;
  /** The quantity of this order item. When type is `sku`, this is the number of instances of the SKU to be ordered. */
  quantity?: number;
  /**
   * The type of this order item. Must be `sku`, `tax`, or `shipping`.
   *
   * @maxLength 5000
   */
  type?: string | null;
};
