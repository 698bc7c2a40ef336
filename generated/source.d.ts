import type * as runtime from "./runtime/api.js";
import type { Source as self } from "./types/source.js";

export type Source = self;
export declare const Source: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSource(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSource(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSource: runtime.Check;
