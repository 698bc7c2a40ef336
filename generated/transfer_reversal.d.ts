import type * as runtime from "./runtime/api.js";
import type { TransferReversal as self } from "./types/transfer_reversal.js";

export type TransferReversal = self;
export declare const TransferReversal: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTransferReversal(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTransferReversal(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTransferReversal: runtime.Check;
