import type { SchemaModule } from "./runtime/schema.js";
import type { LegalEntityJapanAddress as Type } from "./types/legal_entity_japan_address.js";

export type { LegalEntityJapanAddress } from "./types/legal_entity_japan_address.js";
declare const schema: SchemaModule<Type>;
export { schema as LegalEntityJapanAddress };
