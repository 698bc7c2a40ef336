import type { SchemaModule } from "./runtime/api.js";
import type { LegalEntityDob as self } from "./types/legal_entity_dob.js";

export type LegalEntityDob = self;
export declare const LegalEntityDob: SchemaModule<self>;
