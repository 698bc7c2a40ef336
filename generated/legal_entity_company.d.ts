import type { SchemaModule } from "./runtime/schema.js";
import type { LegalEntityCompany as Type } from "./types/legal_entity_company.js";

export type { LegalEntityCompany } from "./types/legal_entity_company.js";
declare const schema: SchemaModule<Type>;
export { schema as LegalEntityCompany };
