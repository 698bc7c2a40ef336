import type * as runtime from "./runtime/api.js";
import type { AccountCapabilityRequirements as self } from "./types/account_capability_requirements.js";

export type AccountCapabilityRequirements = self;
export declare const AccountCapabilityRequirements: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAccountCapabilityRequirements(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isAccountCapabilityRequirements(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAccountCapabilityRequirements: runtime.Check;
