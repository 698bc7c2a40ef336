import type { TaxRate } from "./tax_rate.js";

/** @schema `invoice_tax_amount` */
export type InvoiceTaxAmount = {
  /** The amount, in cents (or local equivalent), of the tax. */
  amount: number;
  /** Whether this tax amount is inclusive or exclusive. */
  inclusive: boolean;
  /**
   * The tax rate that was applied to get this tax amount.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  tax_rate: string | TaxRate;
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
