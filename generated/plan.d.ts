import type { SchemaModule } from "./runtime/schema.js";
import type { Plan as Type } from "./types/plan.js";

export type Plan = Type;
export declare const Plan: SchemaModule<Type>;
