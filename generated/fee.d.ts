import type * as runtime from "./runtime/api.js";
import type { Fee as self } from "./types/fee.js";

export type Fee = self;
export declare const Fee: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateFee(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isFee(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkFee: runtime.Check;
