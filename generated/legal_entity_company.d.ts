import type { SchemaModule } from "./runtime/api.js";
import type { LegalEntityCompany as self } from "./types/legal_entity_company.js";

export type LegalEntityCompany = self;
export declare const LegalEntityCompany: SchemaModule<self>;
