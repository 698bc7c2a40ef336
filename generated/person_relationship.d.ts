import type { SchemaModule } from "./runtime/api.js";
import type { PersonRelationship as self } from "./types/person_relationship.js";

export type PersonRelationship = self;
export declare const PersonRelationship: SchemaModule<self>;
