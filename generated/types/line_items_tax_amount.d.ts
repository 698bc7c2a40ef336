import type { TaxRate } from "./tax_rate.js";

/** @schema `line_items_tax_amount` */
export type LineItemsTaxAmount = {
  /** Amount of tax applied for this rate. */
  amount: number;
  rate: TaxRate;
  /** The reasoning behind this tax, for example, if the product is tax exempt. The possible values for this field may be extended as new tax rules are supported. */
  taxability_reason?:
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
    | "zero_rated"
    | (string & {})
    | null;
  /** The amount on which tax is calculated, in cents (or local equivalent). */
  taxable_amount?: number | null;
};
