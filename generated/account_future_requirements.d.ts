import type * as runtime from "./runtime/api.js";
import type { AccountFutureRequirements as self } from "./types/account_future_requirements.js";

export type AccountFutureRequirements = self;
export declare const AccountFutureRequirements: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAccountFutureRequirements(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isAccountFutureRequirements(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAccountFutureRequirements: runtime.Check;
