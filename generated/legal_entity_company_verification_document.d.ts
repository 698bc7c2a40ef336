import type { SchemaModule } from "./runtime/schema.js";
import type { LegalEntityCompanyVerificationDocument as Type } from "./types/legal_entity_company_verification_document.js";

export type LegalEntityCompanyVerificationDocument = Type;
export declare const LegalEntityCompanyVerificationDocument: SchemaModule<Type>;
