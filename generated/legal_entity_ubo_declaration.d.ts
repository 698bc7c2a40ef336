import type { SchemaModule } from "./runtime/schema.js";
import type { LegalEntityUboDeclaration as Type } from "./types/legal_entity_ubo_declaration.js";

export type { LegalEntityUboDeclaration } from "./types/legal_entity_ubo_declaration.js";
declare const schema: SchemaModule<Type>;
export { schema as LegalEntityUboDeclaration };
