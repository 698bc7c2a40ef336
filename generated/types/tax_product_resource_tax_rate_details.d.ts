/** @schema `tax_product_resource_tax_rate_details` */
export type TaxProductResourceTaxRateDetails = {
  /**
   * Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
   *
   * @maxLength 5000
   */
  country?: string | null;
  /**
   * The tax rate percentage as a string. For example, 8.5% is represented as `"8.5"`.
   *
   * @maxLength 5000
   */
  percentage_decimal: string;
  /**
   * State, county, province, or region.
   *
   * @maxLength 5000
   */
  state?: string | null;
  /** The tax type, such as `vat` or `sales_tax`. */
  tax_type?:
    | "amusement_tax"
    | "communications_tax"
    | "gst"
    | "hst"
    | "igst"
    | "jct"
    | "lease_tax"
    | "pst"
    | "qst"
    | "rst"
    | "sales_tax"
    | "vat"
    | null;
};
