import type { SchemaModule } from "./runtime/api.js";
import type { PersonRequirements as self } from "./types/person_requirements.js";

export type PersonRequirements = self;
export declare const PersonRequirements: SchemaModule<self>;
