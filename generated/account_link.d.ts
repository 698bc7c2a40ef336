import type * as runtime from "./runtime/api.js";
import type { AccountLink as self } from "./types/account_link.js";

export type AccountLink = self;
export declare const AccountLink: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAccountLink(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isAccountLink(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAccountLink: runtime.Check;
