import type { Account } from "./account.js";

/** @schema `payment_links_resource_transfer_data` */
export type PaymentLinksResourceTransferData = {
  /** The amount in cents (or local equivalent) that will be transferred to the destination account. By default, the entire amount is transferred to the destination. */
  amount?: number | null;
  /**
   * The connected account receiving the transfer.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  destination: string | Account;
};
