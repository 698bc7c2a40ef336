import type { SchemaModule } from "./runtime/schema.js";
import type { PersonFutureRequirements as Type } from "./types/person_future_requirements.js";

export type { PersonFutureRequirements } from "./types/person_future_requirements.js";
declare const schema: SchemaModule<Type>;
export { schema as PersonFutureRequirements };
