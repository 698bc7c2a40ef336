import type * as runtime from "./runtime/api.js";
import type { AccountTreasurySettings as self } from "./types/account_treasury_settings.js";

export type AccountTreasurySettings = self;
export declare const AccountTreasurySettings: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAccountTreasurySettings(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isAccountTreasurySettings(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAccountTreasurySettings: runtime.Check;
