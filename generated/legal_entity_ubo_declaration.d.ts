import type { SchemaModule } from "./runtime/api.js";
import type { LegalEntityUboDeclaration as self } from "./types/legal_entity_ubo_declaration.js";

export type LegalEntityUboDeclaration = self;
export declare const LegalEntityUboDeclaration: SchemaModule<self>;
