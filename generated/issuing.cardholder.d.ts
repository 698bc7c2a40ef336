import type * as runtime from "./runtime/api.js";
import type { IssuingCardholder as self } from "./types/issuing.cardholder.js";

export type IssuingCardholder = self;
export declare const IssuingCardholder: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingCardholder(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingCardholder(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingCardholder: runtime.Check;
