import type * as runtime from "./runtime/api.js";
import type { AccountSepaDebitPaymentsSettings as self } from "./types/account_sepa_debit_payments_settings.js";

export type AccountSepaDebitPaymentsSettings = self;
export declare const AccountSepaDebitPaymentsSettings: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAccountSepaDebitPaymentsSettings(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isAccountSepaDebitPaymentsSettings(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAccountSepaDebitPaymentsSettings: runtime.Check;
