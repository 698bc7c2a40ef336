import type * as runtime from "./runtime/api.js";
import type { FundingInstructionsBankTransferSpeiRecord as self } from "./types/funding_instructions_bank_transfer_spei_record.js";

export type FundingInstructionsBankTransferSpeiRecord = self;
export declare const FundingInstructionsBankTransferSpeiRecord: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateFundingInstructionsBankTransferSpeiRecord(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isFundingInstructionsBankTransferSpeiRecord(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkFundingInstructionsBankTransferSpeiRecord: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testFundingInstructionsBankTransferSpeiRecord: runtime.Test;
