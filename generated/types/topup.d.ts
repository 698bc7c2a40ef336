import type { BalanceTransaction } from "./balance_transaction.js";
import type { Source } from "./source.js";

/**
 * To top up your Stripe balance, you create a top-up object. You can retrieve
 * individual top-ups, as well as list all top-ups. Top-ups are identified by a
 * unique, random ID.
 *
 * Related guide: [Topping up your platform account](https://stripe.com/docs/connect/top-ups)
 *
 * @schema `topup`
 */
export type Topup = {
  /** Amount transferred. */
  amount: number;
  /**
   * ID of the balance transaction that describes the impact of this top-up on your account balance. May not be specified depending on status of top-up.
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
  /**
   * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
   *
   * @maxLength 5000
   */
  currency: string;
  /**
   * An arbitrary string attached to the object. Often useful for displaying to users.
   *
   * @maxLength 5000
   */
  description?: string | null;
  /** Date the funds are expected to arrive in your Stripe account for payouts. This factors in delays like weekends or bank holidays. May not be specified depending on status of top-up. */
  expected_availability_date?: number | null;
  /**
   * Error code explaining reason for top-up failure if available (see [the errors section](https://stripe.com/docs/api#errors) for a list of codes).
   *
   * @maxLength 5000
   */
  failure_code?: string | null;
  /**
   * Message to user further explaining reason for top-up failure if available.
   *
   * @maxLength 5000
   */
  failure_message?: string | null;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata: { [key: string]: string };
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "topup";
  /** For most Stripe users, the source of every top-up is a bank account. This hash is then the [source object](https://stripe.com/docs/api#source_object) describing that bank account. */
  source?: Source | null;
  /**
   * Extra information about a top-up. This will appear on your source's bank statement. It must contain at least one letter.
   *
   * @maxLength 5000
   */
  statement_descriptor?: string | null;
  /** The status of the top-up is either `canceled`, `failed`, `pending`, `reversed`, or `succeeded`. */
  status: "canceled" | "failed" | "pending" | "reversed" | "succeeded";
  /**
   * A string that identifies this top-up as part of a group.
   *
   * @maxLength 5000
   */
  transfer_group?: string | null;
};
