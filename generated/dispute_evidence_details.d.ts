import type * as runtime from "./runtime/api.js";
import type { DisputeEvidenceDetails as self } from "./types/dispute_evidence_details.js";

export type DisputeEvidenceDetails = self;
export declare const DisputeEvidenceDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDisputeEvidenceDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDisputeEvidenceDetails(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDisputeEvidenceDetails: runtime.Check;
