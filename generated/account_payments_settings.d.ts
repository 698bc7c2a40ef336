import type * as runtime from "./runtime/api.js";
import type { AccountPaymentsSettings as self } from "./types/account_payments_settings.js";

export type AccountPaymentsSettings = self;
export declare const AccountPaymentsSettings: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAccountPaymentsSettings(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isAccountPaymentsSettings(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAccountPaymentsSettings: runtime.Check;
