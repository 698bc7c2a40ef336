import type * as runtime from "./runtime/api.js";
import type { IssuingDisputeCanceledEvidence as self } from "./types/issuing_dispute_canceled_evidence.js";

export type IssuingDisputeCanceledEvidence = self;
export declare const IssuingDisputeCanceledEvidence: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingDisputeCanceledEvidence(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingDisputeCanceledEvidence(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingDisputeCanceledEvidence: runtime.Check;
