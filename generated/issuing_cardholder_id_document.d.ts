import type * as runtime from "./runtime/api.js";
import type { IssuingCardholderIdDocument as self } from "./types/issuing_cardholder_id_document.js";

export type IssuingCardholderIdDocument = self;
export declare const IssuingCardholderIdDocument: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingCardholderIdDocument(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingCardholderIdDocument(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingCardholderIdDocument: runtime.Check;
