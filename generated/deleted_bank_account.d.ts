import type * as runtime from "./runtime/api.js";
import type { DeletedBankAccount as self } from "./types/deleted_bank_account.js";

export type DeletedBankAccount = self;
export declare const DeletedBankAccount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDeletedBankAccount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDeletedBankAccount(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDeletedBankAccount: runtime.Check;
