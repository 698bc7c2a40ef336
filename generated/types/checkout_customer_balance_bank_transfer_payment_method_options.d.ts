import type { PaymentMethodOptionsCustomerBalanceEuBankAccount } from "./payment_method_options_customer_balance_eu_bank_account.js";

/** @schema `checkout_customer_balance_bank_transfer_payment_method_options` */
export type CheckoutCustomerBalanceBankTransferPaymentMethodOptions = {
  eu_bank_transfer?: PaymentMethodOptionsCustomerBalanceEuBankAccount;
  /**
   * List of address types that should be returned in the financial_addresses response. If not specified, all valid types will be returned.
   *
   * Permitted values include: `sort_code`, `zengin`, `iban`, or `spei`.
   */
  requested_address_types?: (
    | "aba"
    | "iban"
    | "sepa"
    | "sort_code"
    | "spei"
    | "swift"
    | "zengin"
    | (string & {})
  )[];
  /** The bank transfer type that this PaymentIntent is allowed to use for funding Permitted values include: `eu_bank_transfer`, `gb_bank_transfer`, `jp_bank_transfer`, `mx_bank_transfer`, or `us_bank_transfer`. */
  type?:
    | "eu_bank_transfer"
    | "gb_bank_transfer"
    | "jp_bank_transfer"
    | "mx_bank_transfer"
    | "us_bank_transfer"
    | (string & {})
    | null;
};
