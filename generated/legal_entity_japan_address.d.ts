import type { SchemaModule } from "./runtime/api.js";
import type { LegalEntityJapanAddress as self } from "./types/legal_entity_japan_address.js";

export type LegalEntityJapanAddress = self;
export declare const LegalEntityJapanAddress: SchemaModule<self>;
