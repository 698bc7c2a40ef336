/**
 * Zengin Records contain Japan bank account details per the Zengin format.
 *
 * @schema `funding_instructions_bank_transfer_zengin_record`
 */
export type FundingInstructionsBankTransferZenginRecord = {
  /**
   * The account holder name
   *
   * @maxLength 5000
   */
  account_holder_name?: string | null;
  /**
   * The account number
   *
   * @maxLength 5000
   */
  account_number?: string | null;
  /**
   * The bank account type. In Japan, this can only be `futsu` or `toza`.
   *
   * @maxLength 5000
   */
  account_type?: string | null;
  /**
   * The bank code of the account
   *
   * @maxLength 5000
   */
  bank_code?: string | null;
  /**
   * The bank name of the account
   *
   * @maxLength 5000
   */
  bank_name?: string | null;
  /**
   * The branch code of the account
   *
   * @maxLength 5000
   */
  branch_code?: string | null;
  /**
   * The branch name of the account
   *
   * @maxLength 5000
   */
  branch_name?: string | null;
};
