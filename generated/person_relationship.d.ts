import type { SchemaModule } from "./runtime/schema.js";
import type { PersonRelationship as Type } from "./types/person_relationship.js";

export type { PersonRelationship } from "./types/person_relationship.js";
declare const schema: SchemaModule<Type>;
export { schema as PersonRelationship };
