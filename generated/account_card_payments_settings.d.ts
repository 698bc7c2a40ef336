import type * as runtime from "./runtime/api.js";
import type { AccountCardPaymentsSettings as self } from "./types/account_card_payments_settings.js";

export type AccountCardPaymentsSettings = self;
export declare const AccountCardPaymentsSettings: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAccountCardPaymentsSettings(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isAccountCardPaymentsSettings(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAccountCardPaymentsSettings: runtime.Check;
