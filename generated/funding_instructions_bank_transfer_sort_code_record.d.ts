import type * as runtime from "./runtime/api.js";
import type { FundingInstructionsBankTransferSortCodeRecord as self } from "./types/funding_instructions_bank_transfer_sort_code_record.js";

export type FundingInstructionsBankTransferSortCodeRecord = self;
export declare const FundingInstructionsBankTransferSortCodeRecord: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateFundingInstructionsBankTransferSortCodeRecord(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isFundingInstructionsBankTransferSortCodeRecord(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkFundingInstructionsBankTransferSortCodeRecord: runtime.Check;
