import type { FundingInstructionsBankTransferIbanRecord } from "./funding_instructions_bank_transfer_iban_record.js";
import type { FundingInstructionsBankTransferSortCodeRecord } from "./funding_instructions_bank_transfer_sort_code_record.js";
import type { FundingInstructionsBankTransferSpeiRecord } from "./funding_instructions_bank_transfer_spei_record.js";
import type { FundingInstructionsBankTransferZenginRecord } from "./funding_instructions_bank_transfer_zengin_record.js";

/**
 * FinancialAddresses contain identifying information that resolves to a FinancialAccount.
 *
 * @schema `funding_instructions_bank_transfer_financial_address`
 */
export type FundingInstructionsBankTransferFinancialAddress = {
  iban?: FundingInstructionsBankTransferIbanRecord;
  sort_code?: FundingInstructionsBankTransferSortCodeRecord;
  spei?: FundingInstructionsBankTransferSpeiRecord;
  /** The payment networks supported by this FinancialAddress */
  supported_networks?: (
    "bacs" | "fps" | "sepa" | "spei" | "zengin" | (string & {})
  )[];
  /** The type of financial address */
  type: "iban" | "sort_code" | "spei" | "zengin" | (string & {});
  zengin?: FundingInstructionsBankTransferZenginRecord;
};
