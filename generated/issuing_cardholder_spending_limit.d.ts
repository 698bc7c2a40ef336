import type * as runtime from "./runtime/api.js";
import type { IssuingCardholderSpendingLimit as self } from "./types/issuing_cardholder_spending_limit.js";

export type IssuingCardholderSpendingLimit = self;
export declare const IssuingCardholderSpendingLimit: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingCardholderSpendingLimit(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingCardholderSpendingLimit(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingCardholderSpendingLimit: runtime.Check;
