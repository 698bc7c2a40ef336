import type * as runtime from "./runtime/api.js";
import type { IssuingDisputeFraudulentEvidence as self } from "./types/issuing_dispute_fraudulent_evidence.js";

export type IssuingDisputeFraudulentEvidence = self;
export declare const IssuingDisputeFraudulentEvidence: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingDisputeFraudulentEvidence(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingDisputeFraudulentEvidence(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingDisputeFraudulentEvidence: runtime.Check;
