import type { SchemaModule } from "./runtime/schema.js";
import type { LegalEntityPersonVerificationDocument as Type } from "./types/legal_entity_person_verification_document.js";

export type { LegalEntityPersonVerificationDocument } from "./types/legal_entity_person_verification_document.js";
declare const schema: SchemaModule<Type>;
export { schema as LegalEntityPersonVerificationDocument };
