import type { SchemaModule } from "./runtime/schema.js";
import type { PlanTier as Type } from "./types/plan_tier.js";

export type { PlanTier } from "./types/plan_tier.js";
declare const schema: SchemaModule<Type>;
export { schema as PlanTier };
