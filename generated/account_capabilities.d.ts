import type * as runtime from "./runtime/api.js";
import type { AccountCapabilities as self } from "./types/account_capabilities.js";

export type AccountCapabilities = self;
export declare const AccountCapabilities: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAccountCapabilities(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isAccountCapabilities(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAccountCapabilities: runtime.Check;
