import type * as runtime from "./runtime/api.js";
import type { IssuingSettlement as self } from "./types/issuing.settlement.js";

export type IssuingSettlement = self;
export declare const IssuingSettlement: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingSettlement(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingSettlement(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingSettlement: runtime.Check;
