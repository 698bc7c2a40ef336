import type * as runtime from "./runtime/api.js";
import type { EphemeralKey as self } from "./types/ephemeral_key.js";

export type EphemeralKey = self;
export declare const EphemeralKey: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateEphemeralKey(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isEphemeralKey(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkEphemeralKey: runtime.Check;
