import type * as runtime from "./runtime/api.js";
import type { IssuingCardAuthorizationControls as self } from "./types/issuing_card_authorization_controls.js";

export type IssuingCardAuthorizationControls = self;
export declare const IssuingCardAuthorizationControls: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingCardAuthorizationControls(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingCardAuthorizationControls(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingCardAuthorizationControls: runtime.Check;
