import type * as runtime from "./runtime/api.js";
import type { LegalEntityPersonVerificationDocument as self } from "./types/legal_entity_person_verification_document.js";

export type LegalEntityPersonVerificationDocument = self;
export declare const LegalEntityPersonVerificationDocument: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateLegalEntityPersonVerificationDocument(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isLegalEntityPersonVerificationDocument(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkLegalEntityPersonVerificationDocument: runtime.Check;
