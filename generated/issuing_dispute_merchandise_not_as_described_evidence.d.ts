import type * as runtime from "./runtime/api.js";
import type { IssuingDisputeMerchandiseNotAsDescribedEvidence as self } from "./types/issuing_dispute_merchandise_not_as_described_evidence.js";

export type IssuingDisputeMerchandiseNotAsDescribedEvidence = self;
export declare const IssuingDisputeMerchandiseNotAsDescribedEvidence: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingDisputeMerchandiseNotAsDescribedEvidence(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isIssuingDisputeMerchandiseNotAsDescribedEvidence(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingDisputeMerchandiseNotAsDescribedEvidence: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testIssuingDisputeMerchandiseNotAsDescribedEvidence: runtime.Test;
