import type { SchemaModule } from "./runtime/api.js";
import type { PlanTier as self } from "./types/plan_tier.js";

export type PlanTier = self;
export declare const PlanTier: SchemaModule<self>;
