import type * as runtime from "./runtime/api.js";
import type { FundingInstructionsBankTransferSortCodeRecord as self } from "./types/funding_instructions_bank_transfer_sort_code_record.js";

export type FundingInstructionsBankTransferSortCodeRecord = self;
export declare const FundingInstructionsBankTransferSortCodeRecord: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateFundingInstructionsBankTransferSortCodeRecord(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isFundingInstructionsBankTransferSortCodeRecord(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkFundingInstructionsBankTransferSortCodeRecord: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testFundingInstructionsBankTransferSortCodeRecord: runtime.Test;
