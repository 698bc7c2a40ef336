import type { SchemaModule } from "./runtime/api.js";
import type { Plan as self } from "./types/plan.js";

export type Plan = self;
export declare const Plan: SchemaModule<self>;
