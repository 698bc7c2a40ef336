import type * as runtime from "./runtime/api.js";
import type { PortalBusinessProfile as self } from "./types/portal_business_profile.js";

export type PortalBusinessProfile = self;
export declare const PortalBusinessProfile: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePortalBusinessProfile(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPortalBusinessProfile(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPortalBusinessProfile: runtime.Check;
