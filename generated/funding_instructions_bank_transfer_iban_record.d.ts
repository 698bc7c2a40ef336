import type * as runtime from "./runtime/api.js";
import type { FundingInstructionsBankTransferIbanRecord as self } from "./types/funding_instructions_bank_transfer_iban_record.js";

export type FundingInstructionsBankTransferIbanRecord = self;
export declare const FundingInstructionsBankTransferIbanRecord: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateFundingInstructionsBankTransferIbanRecord(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isFundingInstructionsBankTransferIbanRecord(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkFundingInstructionsBankTransferIbanRecord: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testFundingInstructionsBankTransferIbanRecord: runtime.Test;
