import type * as runtime from "./runtime/api.js";
import type { AccountPayoutSettings as self } from "./types/account_payout_settings.js";

export type AccountPayoutSettings = self;
export declare const AccountPayoutSettings: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAccountPayoutSettings(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isAccountPayoutSettings(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAccountPayoutSettings: runtime.Check;
