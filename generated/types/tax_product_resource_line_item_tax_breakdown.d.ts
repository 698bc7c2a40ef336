import type { TaxProductResourceJurisdiction } from "./tax_product_resource_jurisdiction.js";
import type { TaxProductResourceLineItemTaxRateDetails } from "./tax_product_resource_line_item_tax_rate_details.js";

/** @schema `tax_product_resource_line_item_tax_breakdown` */
export type TaxProductResourceLineItemTaxBreakdown = {
  /** The amount of tax, in integer cents. */
  amount: number;
  jurisdiction: TaxProductResourceJurisdiction;
  /** Indicates whether the jurisdiction was determined by the origin (merchant's address) or destination (customer's address). */
  sourcing: "destination" | "origin";
  /** Details regarding the rate for this tax. This field will be `null` when the tax is not imposed, for example if the product is exempt from tax. */
  tax_rate_details?: TaxProductResourceLineItemTaxRateDetails | null;
  /** The reasoning behind this tax, for example, if the product is tax exempt. The possible values for this field may be extended as new tax rules are supported. */
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
