import type { SchemaModule } from "./runtime/schema.js";
import type { PersonRelationship as Type } from "./types/person_relationship.js";

export type PersonRelationship = Type;
export declare const PersonRelationship: SchemaModule<Type>;
