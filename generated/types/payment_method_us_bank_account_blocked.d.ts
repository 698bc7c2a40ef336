/** @schema `payment_method_us_bank_account_blocked` */
export type PaymentMethodUsBankAccountBlocked = {
  /** The ACH network code that resulted in this block. */
  network_code?:
    | "R02"
    | "R03"
    | "R04"
    | "R05"
    | "R07"
    | "R08"
    | "R10"
    | "R11"
    | "R16"
    | "R20"
    | "R29"
    | "R31"
    | null;
  /** The reason why this PaymentMethod's fingerprint has been blocked */
  reason?:
    | "bank_account_closed"
    | "bank_account_frozen"
    | "bank_account_invalid_details"
    | "bank_account_restricted"
    | "bank_account_unusable"
    | "debit_not_authorized"
    | null;
};
