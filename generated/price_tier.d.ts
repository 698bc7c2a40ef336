import type { SchemaModule } from "./runtime/schema.js";
import type { PriceTier as Type } from "./types/price_tier.js";

export type { PriceTier } from "./types/price_tier.js";
declare const schema: SchemaModule<Type>;
export { schema as PriceTier };
