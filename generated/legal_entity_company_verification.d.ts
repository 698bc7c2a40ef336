import type { SchemaModule } from "./runtime/api.js";
import type { LegalEntityCompanyVerification as self } from "./types/legal_entity_company_verification.js";

export type LegalEntityCompanyVerification = self;
export declare const LegalEntityCompanyVerification: SchemaModule<self>;
