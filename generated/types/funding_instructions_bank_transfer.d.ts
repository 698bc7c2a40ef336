import type { FundingInstructionsBankTransferFinancialAddress } from "./funding_instructions_bank_transfer_financial_address.js";

/** @schema `funding_instructions_bank_transfer` */
export type FundingInstructionsBankTransfer = {
  /**
   * The country of the bank account to fund
   *
   * @maxLength 5000
   */
  country: string;
  /** A list of financial addresses that can be used to fund a particular balance */
  financial_addresses: FundingInstructionsBankTransferFinancialAddress[];
  /** The bank_transfer type */
  type: "eu_bank_transfer" | "jp_bank_transfer" | (string & {});
};
