import type * as runtime from "./runtime/api.js";
import type { LegalEntityCompanyVerificationDocument as self } from "./types/legal_entity_company_verification_document.js";

export type LegalEntityCompanyVerificationDocument = self;
export declare const LegalEntityCompanyVerificationDocument: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateLegalEntityCompanyVerificationDocument(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isLegalEntityCompanyVerificationDocument(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkLegalEntityCompanyVerificationDocument: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testLegalEntityCompanyVerificationDocument: runtime.Test;
