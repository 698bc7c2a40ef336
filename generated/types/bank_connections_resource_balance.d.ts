import type { BankConnectionsResourceBalanceApiResourceCashBalance } from "./bank_connections_resource_balance_api_resource_cash_balance.js";
import type { BankConnectionsResourceBalanceApiResourceCreditBalance } from "./bank_connections_resource_balance_api_resource_credit_balance.js";

/** @schema `bank_connections_resource_balance` */
export type BankConnectionsResourceBalance = {
  /**
   * The time that the external institution calculated this balance. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  as_of: number;
  cash?: BankConnectionsResourceBalanceApiResourceCashBalance;
  credit?: BankConnectionsResourceBalanceApiResourceCreditBalance;
  /**
   * The balances owed to (or by) the account holder.
   *
   * Each key is a three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase.
   *
   * Each value is a integer amount. A positive amount indicates money owed to the account holder. A negative amount indicates money owed by the account holder.
   */
  current: { [key: string]: number };
  /** The `type` of the balance. An additional hash is included on the balance with a name matching this value. */
  type: "cash" | "credit";
};
