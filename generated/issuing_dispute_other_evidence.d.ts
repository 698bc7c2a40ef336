import type * as runtime from "./runtime/api.js";
import type { IssuingDisputeOtherEvidence as self } from "./types/issuing_dispute_other_evidence.js";

export type IssuingDisputeOtherEvidence = self;
export declare const IssuingDisputeOtherEvidence: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingDisputeOtherEvidence(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingDisputeOtherEvidence(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingDisputeOtherEvidence: runtime.Check;
