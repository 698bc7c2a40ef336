/** @schema `tax_product_resource_tax_transaction_shipping_cost` */
export type TaxProductResourceTaxTransactionShippingCost = {
  /** The shipping amount in integer cents. If `tax_behavior=inclusive`, then this amount includes taxes. Otherwise, taxes were calculated on top of this amount. */
  amount: number;
  /** The amount of tax calculated for shipping, in integer cents. */
  amount_tax: number;
  /**
   * The ID of an existing [ShippingRate](https://stripe.com/docs/api/shipping_rates/object).
   *
   * @maxLength 5000
   */
  shipping_rate?: string;
  /** Specifies whether the `amount` includes taxes. If `tax_behavior=inclusive`, then the amount includes taxes. */
  tax_behavior: "exclusive" | "inclusive";
  /**
   * The [tax code](https://stripe.com/docs/tax/tax-categories) ID used for shipping.
   *
   * @maxLength 5000
   */
  tax_code: string;
};
