/** @schema `customer_tax_location` */
export type CustomerTaxLocation = {
  /**
   * The customer's country as identified by Stripe Tax.
   *
   * @maxLength 5000
   */
  country: string;
  /** The data source used to infer the customer's location. */
  source:
    | "billing_address"
    | "ip_address"
    | "payment_method"
    | "shipping_destination";
  /**
   * The customer's state, county, province, or region as identified by Stripe Tax.
   *
   * @maxLength 5000
   */
  state?: string | null;
};
