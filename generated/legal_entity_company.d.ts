import type { SchemaModule } from "./runtime/schema.js";
import type { LegalEntityCompany as Type } from "./types/legal_entity_company.js";

export type LegalEntityCompany = Type;
export declare const LegalEntityCompany: SchemaModule<Type>;
