/**
 * SPEI Records contain Mexico bank account details per the SPEI format.
 *
 * @schema `funding_instructions_bank_transfer_spei_record`
 */
export type FundingInstructionsBankTransferSpeiRecord = {
  /**
   * The three-digit bank code
   *
   * @maxLength 5000
   */
  bank_code: string;
  /**
   * The short banking institution name
   *
   * @maxLength 5000
   */
  bank_name: string;
  /**
   * The CLABE number
   *
   * @maxLength 5000
   */
  clabe: string;
};
