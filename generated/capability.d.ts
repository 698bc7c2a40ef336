import type * as runtime from "./runtime/api.js";
import type { Capability as self } from "./types/capability.js";

export type Capability = self;
export declare const Capability: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCapability(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCapability(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCapability: runtime.Check;
