import type * as runtime from "./runtime/api.js";
import type { LoginLink as self } from "./types/login_link.js";

export type LoginLink = self;
export declare const LoginLink: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateLoginLink(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isLoginLink(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkLoginLink: runtime.Check;
