import type * as runtime from "./runtime/api.js";
import type { FundingInstructionsBankTransfer as self } from "./types/funding_instructions_bank_transfer.js";

export type FundingInstructionsBankTransfer = self;
export declare const FundingInstructionsBankTransfer: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateFundingInstructionsBankTransfer(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isFundingInstructionsBankTransfer(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkFundingInstructionsBankTransfer: runtime.Check;
