import type * as runtime from "./runtime/api.js";
import type { PortalFeatures as self } from "./types/portal_features.js";

export type PortalFeatures = self;
export declare const PortalFeatures: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePortalFeatures(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPortalFeatures(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPortalFeatures: runtime.Check;
