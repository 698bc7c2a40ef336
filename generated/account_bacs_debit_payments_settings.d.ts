import type * as runtime from "./runtime/api.js";
import type { AccountBacsDebitPaymentsSettings as self } from "./types/account_bacs_debit_payments_settings.js";

export type AccountBacsDebitPaymentsSettings = self;
export declare const AccountBacsDebitPaymentsSettings: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAccountBacsDebitPaymentsSettings(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isAccountBacsDebitPaymentsSettings(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAccountBacsDebitPaymentsSettings: runtime.Check;
