import type { SchemaModule } from "./runtime/api.js";
import type { LegalEntityPersonVerificationDocument as self } from "./types/legal_entity_person_verification_document.js";

export type LegalEntityPersonVerificationDocument = self;
export declare const LegalEntityPersonVerificationDocument: SchemaModule<self>;
