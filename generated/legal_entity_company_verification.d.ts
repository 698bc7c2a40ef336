import type { SchemaModule } from "./runtime/schema.js";
import type { LegalEntityCompanyVerification as Type } from "./types/legal_entity_company_verification.js";

export type LegalEntityCompanyVerification = Type;
export declare const LegalEntityCompanyVerification: SchemaModule<Type>;
