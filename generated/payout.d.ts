import type * as runtime from "./runtime/api.js";
import type { Payout as self } from "./types/payout.js";

export type Payout = self;
export declare const Payout: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePayout(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPayout(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPayout: runtime.Check;
