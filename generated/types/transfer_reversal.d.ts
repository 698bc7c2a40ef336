import type { BalanceTransaction } from "./balance_transaction.js";
import type { Refund } from "./refund.js";
import type { Transfer } from "./transfer.js";

/**
 * [Stripe Connect](https://stripe.com/docs/connect) platforms can reverse transfers made to a
 * connected account, either entirely or partially, and can also specify whether
 * to refund any related application fees. Transfer reversals add to the
 * platform's balance and subtract from the destination account's balance.
 *
 * Reversing a transfer that was made for a [destination
 * charge](/docs/connect/destination-charges) is allowed only up to the amount of
 * the charge. It is possible to reverse a
 * [transfer_group](https://stripe.com/docs/connect/separate-charges-and-transfers#transfer-options)
 * transfer only if the destination account has enough balance to cover the
 * reversal.
 *
 * Related guide: [Reversing transfers](https://stripe.com/docs/connect/separate-charges-and-transfers#reversing-transfers)
 *
 * @schema `transfer_reversal`
 */
export type TransferReversal = {
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
   * Linked payment refund for the transfer reversal.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  destination_payment_refund?: string | Refund | null;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: { [key: string]: string } | null;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "transfer_reversal";
  /**
   * ID of the refund responsible for the transfer reversal.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  source_refund?: string | Refund | null;
  /**
   * ID of the transfer that was reversed.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  transfer: string | Transfer;
};
