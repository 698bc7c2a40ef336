import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedPlan as Type } from "./types/deleted_plan.js";

export type { DeletedPlan } from "./types/deleted_plan.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedPlan };
