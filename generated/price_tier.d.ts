import type * as runtime from "./runtime/api.js";
import type { PriceTier as self } from "./types/price_tier.js";

export type PriceTier = self;
export declare const PriceTier: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePriceTier(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPriceTier(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPriceTier: runtime.Check;
