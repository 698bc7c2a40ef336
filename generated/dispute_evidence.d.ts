import type * as runtime from "./runtime/api.js";
import type { DisputeEvidence as self } from "./types/dispute_evidence.js";

export type DisputeEvidence = self;
export declare const DisputeEvidence: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDisputeEvidence(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDisputeEvidence(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDisputeEvidence: runtime.Check;
