import type * as runtime from "./runtime/api.js";
import type { DeletedExternalAccount as self } from "./types/deleted_external_account.js";

export type DeletedExternalAccount = self;
export declare const DeletedExternalAccount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDeletedExternalAccount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDeletedExternalAccount(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDeletedExternalAccount: runtime.Check;
