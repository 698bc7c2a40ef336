import type * as runtime from "./runtime/api.js";
import type { AccountRequirementsAlternative as self } from "./types/account_requirements_alternative.js";

export type AccountRequirementsAlternative = self;
export declare const AccountRequirementsAlternative: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAccountRequirementsAlternative(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isAccountRequirementsAlternative(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAccountRequirementsAlternative: runtime.Check;
