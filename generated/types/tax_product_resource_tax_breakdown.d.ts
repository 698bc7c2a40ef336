import type { TaxProductResourceTaxRateDetails } from "./tax_product_resource_tax_rate_details.js";

/** @schema `tax_product_resource_tax_breakdown` */
export type TaxProductResourceTaxBreakdown = {
  /** The amount of tax, in integer cents. */
  amount: number;
  /** Specifies whether the tax amount is included in the line item amount. */
  inclusive: boolean;
  tax_rate_details: TaxProductResourceTaxRateDetails;
  /** The reasoning behind this tax, for example, if the product is tax exempt. We might extend the possible values for this field to support new tax rules. */
  taxability_reason:
    | "customer_exempt"
    | "not_collecting"
    | "not_subject_to_tax"
    | "not_supported"
    | "portion_product_exempt"
    | "portion_reduced_rated"
    | "portion_standard_rated"
    | "product_exempt"
    | "product_exempt_holiday"
    | "proportionally_rated"
    | "reduced_rated"
    | "reverse_charge"
    | "standard_rated"
    | "taxable_basis_reduced"
    | "zero_rated";
  /** The amount on which tax is calculated, in integer cents. */
  taxable_amount: number;
};
