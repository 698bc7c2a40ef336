import type * as runtime from "./runtime/api.js";
import type { TransferReversal as self } from "./types/transfer_reversal.js";

export type TransferReversal = self;
export declare const TransferReversal: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTransferReversal(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isTransferReversal(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTransferReversal: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testTransferReversal: runtime.Test;
