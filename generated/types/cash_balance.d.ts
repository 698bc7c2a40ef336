import type { CustomerBalanceCustomerBalanceSettings } from "./customer_balance_customer_balance_settings.js";

/**
 * A customer's `Cash balance` represents real funds. Customers can add funds to their cash balance by sending a bank transfer. These funds can be used for payment and can eventually be paid out to your bank account.
 *
 * @schema `cash_balance`
 */
export type CashBalance = {
  /** A hash of all cash balances available to this customer. You cannot delete a customer with any cash balances, even if the balance is 0. Amounts are represented in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). */
  available?: { [key: string]: number } | null;
  /**
   * The ID of the customer whose cash balance this object represents.
   *
   * @maxLength 5000
   */
  customer: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "cash_balance";
  settings: CustomerBalanceCustomerBalanceSettings;
};
