import type * as runtime from "./runtime/api.js";
import type { ExternalAccountRequirements as self } from "./types/external_account_requirements.js";

export type ExternalAccountRequirements = self;
export declare const ExternalAccountRequirements: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateExternalAccountRequirements(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isExternalAccountRequirements(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkExternalAccountRequirements: runtime.Check;
