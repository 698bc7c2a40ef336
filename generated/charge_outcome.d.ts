import type * as runtime from "./runtime/api.js";
import type { ChargeOutcome as self } from "./types/charge_outcome.js";

export type ChargeOutcome = self;
export declare const ChargeOutcome: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateChargeOutcome(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isChargeOutcome(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkChargeOutcome: runtime.Check;
