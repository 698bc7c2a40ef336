import type { SchemaModule } from "./runtime/schema.js";
import type { PlanTier as Type } from "./types/plan_tier.js";

export type PlanTier = Type;
export declare const PlanTier: SchemaModule<Type>;
