import type { SchemaModule } from "./runtime/schema.js";
import type { LegalEntityJapanAddress as Type } from "./types/legal_entity_japan_address.js";

export type LegalEntityJapanAddress = Type;
export declare const LegalEntityJapanAddress: SchemaModule<Type>;
