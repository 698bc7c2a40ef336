import type * as runtime from "./runtime/api.js";
import type { AccountBusinessProfile as self } from "./types/account_business_profile.js";

export type AccountBusinessProfile = self;
export declare const AccountBusinessProfile: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAccountBusinessProfile(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isAccountBusinessProfile(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAccountBusinessProfile: runtime.Check;
