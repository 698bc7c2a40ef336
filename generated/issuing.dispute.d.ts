import type * as runtime from "./runtime/api.js";
import type { IssuingDispute as self } from "./types/issuing.dispute.js";

export type IssuingDispute = self;
export declare const IssuingDispute: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingDispute(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingDispute(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingDispute: runtime.Check;
