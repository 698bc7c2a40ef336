import type * as runtime from "./runtime/api.js";
import type { Card as self } from "./types/card.js";

export type Card = self;
export declare const Card: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCard(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCard(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCard: runtime.Check;
