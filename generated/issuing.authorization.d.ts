import type * as runtime from "./runtime/api.js";
import type { IssuingAuthorization as self } from "./types/issuing.authorization.js";

export type IssuingAuthorization = self;
export declare const IssuingAuthorization: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingAuthorization(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingAuthorization(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingAuthorization: runtime.Check;
