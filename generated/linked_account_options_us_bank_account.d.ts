import type * as runtime from "./runtime/api.js";
import type { LinkedAccountOptionsUsBankAccount as self } from "./types/linked_account_options_us_bank_account.js";

export type LinkedAccountOptionsUsBankAccount = self;
export declare const LinkedAccountOptionsUsBankAccount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateLinkedAccountOptionsUsBankAccount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isLinkedAccountOptionsUsBankAccount(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkLinkedAccountOptionsUsBankAccount: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testLinkedAccountOptionsUsBankAccount: runtime.Test;
