import type { SchemaModule } from "./runtime/api.js";
import type { PersonFutureRequirements as self } from "./types/person_future_requirements.js";

export type PersonFutureRequirements = self;
export declare const PersonFutureRequirements: SchemaModule<self>;
