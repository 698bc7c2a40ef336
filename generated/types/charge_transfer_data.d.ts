import type { Account } from "./account.js";

/** @schema `charge_transfer_data` */
export type ChargeTransferData = {
  /** The amount transferred to the destination account, if specified. By default, the entire charge amount is transferred to the destination account. */
  amount?: number | null;
  /**
   * ID of an existing, connected Stripe account to transfer funds to if `transfer_data` was specified in the charge request.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  destination: string | Account;
};
