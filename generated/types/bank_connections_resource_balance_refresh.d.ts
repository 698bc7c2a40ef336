/** @schema `bank_connections_resource_balance_refresh` */
export type BankConnectionsResourceBalanceRefresh = {
  /**
   * The time at which the last refresh attempt was initiated. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  last_attempted_at: number;
  /** The status of the last refresh attempt. */
  status: "failed" | "pending" | "succeeded";
};
