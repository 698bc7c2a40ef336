import type { SchemaModule } from "./runtime/schema.js";
import type { Plan as Type } from "./types/plan.js";

export type { Plan } from "./types/plan.js";
declare const schema: SchemaModule<Type>;
export { schema as Plan };
