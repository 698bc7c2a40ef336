import type * as runtime from "./runtime/api.js";
import type { Plan as self } from "./types/plan.js";

export type Plan = self;
export declare const Plan: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePlan(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPlan(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPlan: runtime.Check;
