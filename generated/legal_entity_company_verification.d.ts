import type * as runtime from "./runtime/api.js";
import type { LegalEntityCompanyVerification as self } from "./types/legal_entity_company_verification.js";

export type LegalEntityCompanyVerification = self;
export declare const LegalEntityCompanyVerification: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateLegalEntityCompanyVerification(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isLegalEntityCompanyVerification(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkLegalEntityCompanyVerification: runtime.Check;
