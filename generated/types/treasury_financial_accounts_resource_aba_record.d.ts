/**
 * ABA Records contain U.S. bank account details per the ABA format.
 *
 * @schema `treasury_financial_accounts_resource_aba_record`
 */
export type TreasuryFinancialAccountsResourceAbaRecord = {
  /**
   * The name of the person or business that owns the bank account.
   *
   * @maxLength 5000
   */
  account_holder_name: string;
  /**
   * The account number.
   *
   * @maxLength 5000
   */
  account_number?: string | null;
  /**
   * The last four characters of the account number.
   *
   * @maxLength 5000
   */
  account_number_last4: string;
  /**
   * Name of the bank.
   *
   * @maxLength 5000
   */
  bank_name: string;
  /**
   * Routing number for the account.
   *
   * @maxLength 5000
   */
  routing_number: string;
};
