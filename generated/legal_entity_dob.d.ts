import type { SchemaModule } from "./runtime/schema.js";
import type { LegalEntityDob as Type } from "./types/legal_entity_dob.js";

export type LegalEntityDob = Type;
export declare const LegalEntityDob: SchemaModule<Type>;
