import type * as runtime from "./runtime/api.js";
import type { IssuingDisputeEvidence as self } from "./types/issuing_dispute_evidence.js";

export type IssuingDisputeEvidence = self;
export declare const IssuingDisputeEvidence: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingDisputeEvidence(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingDisputeEvidence(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingDisputeEvidence: runtime.Check;
