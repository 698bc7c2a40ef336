import type * as runtime from "./runtime/api.js";
import type { DeletedAccount as self } from "./types/deleted_account.js";

export type DeletedAccount = self;
export declare const DeletedAccount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDeletedAccount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDeletedAccount(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDeletedAccount: runtime.Check;
