import type { SchemaModule } from "./runtime/schema.js";
import type { LegalEntityUboDeclaration as Type } from "./types/legal_entity_ubo_declaration.js";

export type LegalEntityUboDeclaration = Type;
export declare const LegalEntityUboDeclaration: SchemaModule<Type>;
