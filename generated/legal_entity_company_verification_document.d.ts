import type { SchemaModule } from "./runtime/api.js";
import type { LegalEntityCompanyVerificationDocument as self } from "./types/legal_entity_company_verification_document.js";

export type LegalEntityCompanyVerificationDocument = self;
export declare const LegalEntityCompanyVerificationDocument: SchemaModule<self>;
