import type { SchemaModule } from "./runtime/schema.js";
import type { LegalEntityPersonVerification as Type } from "./types/legal_entity_person_verification.js";

export type { LegalEntityPersonVerification } from "./types/legal_entity_person_verification.js";
declare const schema: SchemaModule<Type>;
export { schema as LegalEntityPersonVerification };
