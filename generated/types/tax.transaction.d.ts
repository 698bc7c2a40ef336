import type { TaxTransactionLineItem } from "./tax.transaction_line_item.js";
import type { TaxProductResourceCustomerDetails } from "./tax_product_resource_customer_details.js";
import type { TaxProductResourceTaxTransactionResourceReversal } from "./tax_product_resource_tax_transaction_resource_reversal.js";
import type { TaxProductResourceTaxTransactionShippingCost } from "./tax_product_resource_tax_transaction_shipping_cost.js";

/**
 * A Tax Transaction records the tax collected from or refunded to your customer.
 *
 * Related guide: [Calculate tax in your custom payment flow](https://stripe.com/docs/tax/custom#tax-transaction)
 *
 * @schema `tax.transaction`
 */
export type TaxTransaction = {
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
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
   * Unique identifier for the transaction.
   *
   * @maxLength 5000
   */
  id: string;
  /** The tax collected or refunded, by line item. */
  line_items?: {
    /** Details about each object. */
    data: TaxTransactionLineItem[];
    /** True if this list has another page of items after this one that can be fetched. */
    has_more: boolean;
    /** String representing the object's type. Objects of the same type share the same value. Always has the value `list`. */
    object: "list";
    /**
     * The URL where this list can be accessed.
     *
     * @maxLength 5000
     * @pattern ^/v1/tax/transactions/[^/]+/line_items
     */
    url: string;
  } | null;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: { [key: string]: string } | null;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "tax.transaction";
  /**
   * A custom unique identifier, such as 'myOrder_123'.
   *
   * @maxLength 5000
   */
  reference: string;
  /** If `type=reversal`, contains information about what was reversed. */
  reversal?: TaxProductResourceTaxTransactionResourceReversal | null;
  /** The shipping cost details for the transaction. */
  shipping_cost?: TaxProductResourceTaxTransactionShippingCost | null;
  /**
   * Timestamp of date at which the tax rules and rates in effect applies for the calculation.
   *
   * @format unix-time
   */
  tax_date: number;
  /** If `reversal`, this transaction reverses an earlier transaction. */
  type: "reversal" | "transaction";
};
