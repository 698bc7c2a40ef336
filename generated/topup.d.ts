import type * as runtime from "./runtime/api.js";
import type { Topup as self } from "./types/topup.js";

export type Topup = self;
export declare const Topup: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTopup(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTopup(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTopup: runtime.Check;
