import type * as runtime from "./runtime/api.js";
import type { Dispute as self } from "./types/dispute.js";

export type Dispute = self;
export declare const Dispute: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDispute(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDispute(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDispute: runtime.Check;
