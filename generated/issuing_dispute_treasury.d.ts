import type * as runtime from "./runtime/api.js";
import type { IssuingDisputeTreasury as self } from "./types/issuing_dispute_treasury.js";

export type IssuingDisputeTreasury = self;
export declare const IssuingDisputeTreasury: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingDisputeTreasury(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingDisputeTreasury(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingDisputeTreasury: runtime.Check;
