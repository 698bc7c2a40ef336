import type * as runtime from "./runtime/api.js";
import type { LegalEntityCompanyVerificationDocument as self } from "./types/legal_entity_company_verification_document.js";

export type LegalEntityCompanyVerificationDocument = self;
export declare const LegalEntityCompanyVerificationDocument: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateLegalEntityCompanyVerificationDocument(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isLegalEntityCompanyVerificationDocument(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkLegalEntityCompanyVerificationDocument: runtime.Check;
