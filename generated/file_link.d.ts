import type * as runtime from "./runtime/api.js";
import type { FileLink as self } from "./types/file_link.js";

export type FileLink = self;
export declare const FileLink: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateFileLink(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isFileLink(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkFileLink: runtime.Check;
