import type * as runtime from "./runtime/api.js";
import type { TransferData as self } from "./types/transfer_data.js";

export type TransferData = self;
export declare const TransferData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTransferData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTransferData(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTransferData: runtime.Check;
