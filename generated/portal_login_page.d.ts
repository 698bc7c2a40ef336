import type * as runtime from "./runtime/api.js";
import type { PortalLoginPage as self } from "./types/portal_login_page.js";

export type PortalLoginPage = self;
export declare const PortalLoginPage: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePortalLoginPage(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPortalLoginPage(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPortalLoginPage: runtime.Check;
