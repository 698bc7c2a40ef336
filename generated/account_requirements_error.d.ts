import type * as runtime from "./runtime/api.js";
import type { AccountRequirementsError as self } from "./types/account_requirements_error.js";

export type AccountRequirementsError = self;
export declare const AccountRequirementsError: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAccountRequirementsError(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isAccountRequirementsError(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAccountRequirementsError: runtime.Check;
