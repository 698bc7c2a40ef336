import type { Account } from "./account.js";

/** @schema `quotes_resource_transfer_data` */
export type QuotesResourceTransferData = {
  /** The amount in cents (or local equivalent) that will be transferred to the destination account when the invoice is paid. By default, the entire amount is transferred to the destination. */
  amount?: number | null;
  /** A non-negative decimal between 0 and 100, with at most two decimal places. This represents the percentage of the subscription invoice total that will be transferred to the destination account. By default, the entire amount will be transferred to the destination. */
  amount_percent?: number | null;
  /**
   * The account where funds from the payment will be transferred to upon payment success.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  destination: string | Account;
};
