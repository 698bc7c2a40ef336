import type * as runtime from "./runtime/api.js";
import type { FundingInstructionsBankTransferZenginRecord as self } from "./types/funding_instructions_bank_transfer_zengin_record.js";

export type FundingInstructionsBankTransferZenginRecord = self;
export declare const FundingInstructionsBankTransferZenginRecord: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateFundingInstructionsBankTransferZenginRecord(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isFundingInstructionsBankTransferZenginRecord(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkFundingInstructionsBankTransferZenginRecord: runtime.Check;
