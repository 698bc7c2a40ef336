import type { SchemaModule } from "./runtime/api.js";
import type { LegalEntityPersonVerification as self } from "./types/legal_entity_person_verification.js";

export type LegalEntityPersonVerification = self;
export declare const LegalEntityPersonVerification: SchemaModule<self>;
