import type { Account } from "./account.js";

/** @schema `invoice_transfer_data` */
export type InvoiceTransferData = {
  /** The amount in cents (or local equivalent) that will be transferred to the destination account when the invoice is paid. By default, the entire amount is transferred to the destination. */
  amount?: number | null;
  /**
   * The account where funds from the payment will be transferred to upon payment success.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  destination: string | Account;
};
