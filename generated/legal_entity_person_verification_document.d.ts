import type { SchemaModule } from "./runtime/schema.js";
import type { LegalEntityPersonVerificationDocument as Type } from "./types/legal_entity_person_verification_document.js";

export type LegalEntityPersonVerificationDocument = Type;
export declare const LegalEntityPersonVerificationDocument: SchemaModule<Type>;
