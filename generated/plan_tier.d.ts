import type * as runtime from "./runtime/api.js";
import type { PlanTier as self } from "./types/plan_tier.js";

export type PlanTier = self;
export declare const PlanTier: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePlanTier(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPlanTier(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPlanTier: runtime.Check;
