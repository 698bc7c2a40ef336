import type { Account } from "./account.js";

/** @schema `subscription_transfer_data` */
export type SubscriptionTransferData = {
  /** A non-negative decimal between 0 and 100, with at most two decimal places. This represents the percentage of the subscription invoice total that will be transferred to the destination account. By default, the entire amount is transferred to the destination. */
  amount_percent?: number | null;
  /**
   * The account where funds from the payment will be transferred to upon payment success.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  destination: string | Account;
};
