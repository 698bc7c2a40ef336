import type { SchemaModule } from "./runtime/api.js";
import type { DeletedPlan as self } from "./types/deleted_plan.js";

export type DeletedPlan = self;
export declare const DeletedPlan: SchemaModule<self>;
