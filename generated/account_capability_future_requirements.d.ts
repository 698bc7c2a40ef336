import type * as runtime from "./runtime/api.js";
import type { AccountCapabilityFutureRequirements as self } from "./types/account_capability_future_requirements.js";

export type AccountCapabilityFutureRequirements = self;
export declare const AccountCapabilityFutureRequirements: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAccountCapabilityFutureRequirements(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isAccountCapabilityFutureRequirements(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAccountCapabilityFutureRequirements: runtime.Check;
