import type * as runtime from "./runtime/api.js";
import type { IssuingCard as self } from "./types/issuing.card.js";

export type IssuingCard = self;
export declare const IssuingCard: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingCard(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingCard(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingCard: runtime.Check;
