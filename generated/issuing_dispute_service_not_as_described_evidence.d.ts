import type * as runtime from "./runtime/api.js";
import type { IssuingDisputeServiceNotAsDescribedEvidence as self } from "./types/issuing_dispute_service_not_as_described_evidence.js";

export type IssuingDisputeServiceNotAsDescribedEvidence = self;
export declare const IssuingDisputeServiceNotAsDescribedEvidence: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingDisputeServiceNotAsDescribedEvidence(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingDisputeServiceNotAsDescribedEvidence(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingDisputeServiceNotAsDescribedEvidence: runtime.Check;
