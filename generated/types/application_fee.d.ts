import type { Account } from "./account.js";
import type { Application } from "./application.js";
import type { BalanceTransaction } from "./balance_transaction.js";
import type { Charge } from "./charge.js";
import type { FeeRefund } from "./fee_refund.js";

/** @schema `application_fee` */
export type ApplicationFee = {
  /**
   * ID of the Stripe account this fee was taken from.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  account: string | Account;
  /** Amount earned, in cents (or local equivalent). */
  amount: number;
  /** Amount in cents (or local equivalent) refunded (can be less than the amount attribute on the fee if a partial refund was issued) */
  amount_refunded: number;
  /**
   * ID of the Connect application that earned the fee.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  application: string | Application;
  /**
   * Balance transaction that describes the impact of this collected application fee on your account balance (not including refunds).
   *
   * @expandable An ID, or the object when the request expands this field
   */
  balance_transaction?: string | BalanceTransaction | null;
  /**
   * ID of the charge that the application fee was taken from.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  charge: string | Charge;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "application_fee";
  /**
   * ID of the corresponding charge on the platform account, if this fee was the result of a charge using the `destination` parameter.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  originating_transaction?: string | Charge | null;
  /** Whether the fee has been fully refunded. If the fee is only partially refunded, this attribute will still be false. */
  refunded: boolean;
  /** A list of refunds that have been applied to the fee. */
  refunds: {
    /** Details about each object. */
    data: FeeRefund[];
    /** True if this list has another page of items after this one that can be fetched. */
    has_more: boolean;
    /** String representing the object's type. Objects of the same type share the same value. Always has the value `list`. */
    object: "list";
    /**
     * The URL where this list can be accessed.
     *
     * @maxLength 5000
     */
    url: string;
  };
};
