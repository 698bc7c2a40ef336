import type { ApplicationFee } from "./application_fee.js";
import type { BalanceTransaction } from "./balance_transaction.js";

/**
 * `Application Fee Refund` objects allow you to refund an application fee that
 * has previously been created but not yet refunded. Funds will be refunded to
 * the Stripe account from which the fee was originally collected.
 *
 * Related guide: [Refunding application fees](https://stripe.com/docs/connect/destination-charges#refunding-app-fee)
 *
 * @schema `fee_refund`
 */
export type FeeRefund = {
  /** Amount, in cents (or local equivalent). */
  amount: number;
  /**
   * Balance transaction that describes the impact on your account balance.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  balance_transaction?: string | BalanceTransaction | null;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /**
   * ID of the application fee that was refunded.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  fee: string | ApplicationFee;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: { [key: string]: string } | null;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "fee_refund";
};
