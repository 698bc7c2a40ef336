import type * as runtime from "./runtime/api.js";
import type { Application as self } from "./types/application.js";

export type Application = self;
export declare const Application: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateApplication(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isApplication(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkApplication: runtime.Check;
