import type * as runtime from "./runtime/api.js";
import type { Charge as self } from "./types/charge.js";

export type Charge = self;
export declare const Charge: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCharge(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCharge(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCharge: runtime.Check;
