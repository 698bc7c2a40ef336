import type * as runtime from "./runtime/api.js";
import type { FundingInstructionsBankTransferFinancialAddress as self } from "./types/funding_instructions_bank_transfer_financial_address.js";

export type FundingInstructionsBankTransferFinancialAddress = self;
export declare const FundingInstructionsBankTransferFinancialAddress: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateFundingInstructionsBankTransferFinancialAddress(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isFundingInstructionsBankTransferFinancialAddress(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkFundingInstructionsBankTransferFinancialAddress: runtime.Check;
