import type * as runtime from "./runtime/api.js";
import type { AppsSecret as self } from "./types/apps.secret.js";

export type AppsSecret = self;
export declare const AppsSecret: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAppsSecret(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isAppsSecret(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAppsSecret: runtime.Check;
