import type * as runtime from "./runtime/api.js";
import type { AccountSession as self } from "./types/account_session.js";

export type AccountSession = self;
export declare const AccountSession: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAccountSession(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isAccountSession(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAccountSession: runtime.Check;
