import type { Account } from "./account.js";

/** @schema `connect_collection_transfer` */
export type ConnectCollectionTransfer = {
  /** Amount transferred, in cents (or local equivalent). */
  amount: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /**
   * ID of the account that funds are being collected for.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  destination: string | Account;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "connect_collection_transfer";
};
