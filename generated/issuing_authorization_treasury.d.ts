import type * as runtime from "./runtime/api.js";
import type { IssuingAuthorizationTreasury as self } from "./types/issuing_authorization_treasury.js";

export type IssuingAuthorizationTreasury = self;
export declare const IssuingAuthorizationTreasury: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingAuthorizationTreasury(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingAuthorizationTreasury(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingAuthorizationTreasury: runtime.Check;
