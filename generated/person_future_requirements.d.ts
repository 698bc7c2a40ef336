import type { SchemaModule } from "./runtime/schema.js";
import type { PersonFutureRequirements as Type } from "./types/person_future_requirements.js";

export type PersonFutureRequirements = Type;
export declare const PersonFutureRequirements: SchemaModule<Type>;
