import type { SchemaModule } from "./runtime/schema.js";
import type { LegalEntityDob as Type } from "./types/legal_entity_dob.js";

export type { LegalEntityDob } from "./types/legal_entity_dob.js";
declare const schema: SchemaModule<Type>;
export { schema as LegalEntityDob };
