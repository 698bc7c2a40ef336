/** @schema `customer_balance_customer_balance_settings` */
export type CustomerBalanceCustomerBalanceSettings = {
  /** The configuration for how funds that land in the customer cash balance are reconciled. */
  reconciliation_mode: "automatic" | "manual";
  /** A flag to indicate if reconciliation mode returned is the user's default or is specific to this customer cash balance */
  using_merchant_default: boolean;
};
