/** @schema `tax_product_resource_line_item_tax_rate_details` */
export type TaxProductResourceLineItemTaxRateDetails = {
  /**
   * A localized display name for tax type, intended to be human-readable. For example, "Local Sales and Use Tax", "Value-added tax (VAT)", or "Umsatzsteuer (USt.)".
   *
   * @maxLength 5000
   */
  display_name: string;
  /**
   * The tax rate percentage as a string. For example, 8.5% is represented as "8.5".
   *
   * @maxLength 5000
   */
  percentage_decimal: string;
  /** The tax type, such as `vat` or `sales_tax`. */
  tax_type:
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
    | "vat";
};
