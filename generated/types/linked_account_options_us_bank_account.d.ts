/** @schema `linked_account_options_us_bank_account` */
export type LinkedAccountOptionsUsBankAccount = {
  /** The list of permissions to request. The `payment_method` permission must be included. */
  permissions?: (
    "balances" | "ownership" | "payment_method" | "transactions"
  )[];
  /** Data features requested to be retrieved upon account creation. */
  prefetch?: ("balances" | (string & {}))[] | null;
  /**
   * For webview integrations only. Upon completing OAuth login in the native browser, the user will be redirected to this URL to return to your app.
   *
   * @maxLength 5000
   */
  return_url?: string;
};
