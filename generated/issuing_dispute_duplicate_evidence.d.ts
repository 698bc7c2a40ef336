import type * as runtime from "./runtime/api.js";
import type { IssuingDisputeDuplicateEvidence as self } from "./types/issuing_dispute_duplicate_evidence.js";

export type IssuingDisputeDuplicateEvidence = self;
export declare const IssuingDisputeDuplicateEvidence: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingDisputeDuplicateEvidence(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingDisputeDuplicateEvidence(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingDisputeDuplicateEvidence: runtime.Check;
