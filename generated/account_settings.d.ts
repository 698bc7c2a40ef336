import type * as runtime from "./runtime/api.js";
import type { AccountSettings as self } from "./types/account_settings.js";

export type AccountSettings = self;
export declare const AccountSettings: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAccountSettings(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isAccountSettings(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAccountSettings: runtime.Check;
