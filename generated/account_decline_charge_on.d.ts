import type * as runtime from "./runtime/api.js";
import type { AccountDeclineChargeOn as self } from "./types/account_decline_charge_on.js";

export type AccountDeclineChargeOn = self;
export declare const AccountDeclineChargeOn: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAccountDeclineChargeOn(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isAccountDeclineChargeOn(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAccountDeclineChargeOn: runtime.Check;
