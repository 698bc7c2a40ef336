import type * as runtime from "./runtime/api.js";
import type { LinkedAccountOptionsUsBankAccount as self } from "./types/linked_account_options_us_bank_account.js";

export type LinkedAccountOptionsUsBankAccount = self;
export declare const LinkedAccountOptionsUsBankAccount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateLinkedAccountOptionsUsBankAccount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isLinkedAccountOptionsUsBankAccount(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkLinkedAccountOptionsUsBankAccount: runtime.Check;
