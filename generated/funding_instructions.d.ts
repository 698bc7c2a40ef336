import type * as runtime from "./runtime/api.js";
import type { FundingInstructions as self } from "./types/funding_instructions.js";

export type FundingInstructions = self;
export declare const FundingInstructions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateFundingInstructions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isFundingInstructions(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkFundingInstructions: runtime.Check;
