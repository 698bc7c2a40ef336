import type { SchemaModule } from "./runtime/schema.js";
import type { PersonRequirements as Type } from "./types/person_requirements.js";

export type PersonRequirements = Type;
export declare const PersonRequirements: SchemaModule<Type>;
