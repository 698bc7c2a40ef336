/**
 * Iban Records contain E.U. bank account details per the SEPA format.
 *
 * @schema `funding_instructions_bank_transfer_iban_record`
 */
export type FundingInstructionsBankTransferIbanRecord = {
  /**
   * The name of the person or business that owns the bank account
   *
   * @maxLength 5000
   */
  account_holder_name: string;
  /**
   * The BIC/SWIFT code of the account.
   *
   * @maxLength 5000
   */
  bic: string;
  /**
   * Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
   *
   * @maxLength 5000
   */
  country: string;
  /**
   * The IBAN of the account.
   *
   * @maxLength 5000
   */
  iban: string;
};
