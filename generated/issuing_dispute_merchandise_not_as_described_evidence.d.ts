import type * as runtime from "./runtime/api.js";
import type { IssuingDisputeMerchandiseNotAsDescribedEvidence as self } from "./types/issuing_dispute_merchandise_not_as_described_evidence.js";

export type IssuingDisputeMerchandiseNotAsDescribedEvidence = self;
export declare const IssuingDisputeMerchandiseNotAsDescribedEvidence: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingDisputeMerchandiseNotAsDescribedEvidence(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingDisputeMerchandiseNotAsDescribedEvidence(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingDisputeMerchandiseNotAsDescribedEvidence: runtime.Check;
