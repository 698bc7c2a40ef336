import type { SchemaModule } from "./runtime/schema.js";
import type { PersonRequirements as Type } from "./types/person_requirements.js";

export type { PersonRequirements } from "./types/person_requirements.js";
declare const schema: SchemaModule<Type>;
export { schema as PersonRequirements };
