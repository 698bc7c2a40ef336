import type * as runtime from "./runtime/api.js";
import type { DeletedPerson as self } from "./types/deleted_person.js";

export type DeletedPerson = self;
export declare const DeletedPerson: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDeletedPerson(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDeletedPerson(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDeletedPerson: runtime.Check;
