import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedPlan as Type } from "./types/deleted_plan.js";

export type DeletedPlan = Type;
export declare const DeletedPlan: SchemaModule<Type>;
