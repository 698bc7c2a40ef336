/**
 * Sort Code Records contain U.K. bank account details per the sort code format.
 *
 * @schema `funding_instructions_bank_transfer_sort_code_record`
 */
export type FundingInstructionsBankTransferSortCodeRecord = {
  /**
   * The name of the person or business that owns the bank account
   *
   * @maxLength 5000
   */
  account_holder_name: string;
  /**
   * The account number
   *
   * @maxLength 5000
   */
  account_number: string;
  /**
   * The six-digit sort code
   *
   * @maxLength 5000
   */
  sort_code: string;
};
