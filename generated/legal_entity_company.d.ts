import type * as runtime from "./runtime/api.js";
import type { LegalEntityCompany as self } from "./types/legal_entity_company.js";

export type LegalEntityCompany = self;
export declare const LegalEntityCompany: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateLegalEntityCompany(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isLegalEntityCompany(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkLegalEntityCompany: runtime.Check;
