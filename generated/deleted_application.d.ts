import type * as runtime from "./runtime/api.js";
import type { DeletedApplication as self } from "./types/deleted_application.js";

export type DeletedApplication = self;
export declare const DeletedApplication: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDeletedApplication(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDeletedApplication(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDeletedApplication: runtime.Check;
