import type * as runtime from "./runtime/api.js";
import type { SourceOwner as self } from "./types/source_owner.js";

export type SourceOwner = self;
export declare const SourceOwner: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceOwner(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceOwner(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceOwner: runtime.Check;
