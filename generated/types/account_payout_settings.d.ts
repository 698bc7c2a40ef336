import type { TransferSchedule } from "./transfer_schedule.js";

/** @schema `account_payout_settings` */
export type AccountPayoutSettings = {
  /** A Boolean indicating if Stripe should try to reclaim negative balances from an attached bank account. See our [Understanding Connect Account Balances](https://stripe.com/docs/connect/account-balances) documentation for details. Default value is `false` for Custom accounts, otherwise `true`. */
  debit_negative_balances: boolean;
  schedule: TransferSchedule;
  /**
   * The text that appears on the bank account statement for payouts. If not set, this defaults to the platform's bank descriptor as set in the Dashboard.
   *
   * @maxLength 5000
   */
  statement_descriptor?: string | null;
};
