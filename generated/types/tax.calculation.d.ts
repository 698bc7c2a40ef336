import type { TaxCalculationLineItem } from "./tax.calculation_line_item.js";
import type { TaxProductResourceCustomerDetails } from "./tax_product_resource_customer_details.js";
import type { TaxProductResourceTaxBreakdown } from "./tax_product_resource_tax_breakdown.js";
import type { TaxProductResourceTaxCalculationShippingCost } from "./tax_product_resource_tax_calculation_shipping_cost.js";

/**
 * A Tax Calculation allows you to calculate the tax to collect from your customer.
 *
 * Related guide: [Calculate tax in your custom payment flow](https://stripe.com/docs/tax/custom)
 *
 * @schema `tax.calculation`
 */
export type TaxCalculation = {
  /** Total after taxes. */
  amount_total: number;
  /**
   * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
   *
   * @maxLength 5000
   */
  currency: string;
  /**
   * The ID of an existing [Customer](https://stripe.com/docs/api/customers/object) used for the resource.
   *
   * @maxLength 5000
   */
  customer?: string | null;
  customer_details: TaxProductResourceCustomerDetails;
  /**
   * Timestamp of date at which the tax calculation will expire.
   *
   * @format unix-time
   */
  expires_at?: number | null;
  /**
   * Unique identifier for the calculation.
   *
   * @maxLength 5000
   */
  id?: string | null;
  /** The list of items the customer is purchasing. */
  line_items?: {
    /** Details about each object. */
    data: TaxCalculationLineItem[];
    /** True if this list has another page of items after this one that can be fetched. */
    has_more: boolean;
    /** String representing the object's type. Objects of the same type share the same value. Always has the value `list`. */
    object: "list";
    /**
     * The URL where this list can be accessed.
     *
     * @maxLength 5000
     * @pattern ^/v1/tax/calculations/[^/]+/line_items
     */
    url: string;
  } | null;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "tax.calculation";
  /** The shipping cost details for the calculation. */
  shipping_cost?: TaxProductResourceTaxCalculationShippingCost | null;
  /** The amount of tax to be collected on top of the line item prices. */
  tax_amount_exclusive: number;
  /** The amount of tax already included in the line item prices. */
  tax_amount_inclusive: number;
  /** Breakdown of individual tax amounts that add up to the total. */
  tax_breakdown: TaxProductResourceTaxBreakdown[];
  /**
   * Timestamp of date at which the tax rules and rates in effect applies for the calculation.
   *
   * @format unix-time
   */
  tax_date: number;
};
