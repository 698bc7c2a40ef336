import type * as runtime from "./runtime/api.js";
import type { Account as self } from "./types/account.js";

export type Account = self;
export declare const Account: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAccount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isAccount(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAccount: runtime.Check;
