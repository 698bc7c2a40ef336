import type * as runtime from "./runtime/api.js";
import type { IssuingDisputeNotReceivedEvidence as self } from "./types/issuing_dispute_not_received_evidence.js";

export type IssuingDisputeNotReceivedEvidence = self;
export declare const IssuingDisputeNotReceivedEvidence: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingDisputeNotReceivedEvidence(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingDisputeNotReceivedEvidence(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingDisputeNotReceivedEvidence: runtime.Check;
