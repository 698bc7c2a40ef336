import type { SchemaModule } from "./runtime/schema.js";
import type { LegalEntityPersonVerification as Type } from "./types/legal_entity_person_verification.js";

export type LegalEntityPersonVerification = Type;
export declare const LegalEntityPersonVerification: SchemaModule<Type>;
