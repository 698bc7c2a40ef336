import type { SchemaModule } from "./runtime/schema.js";
import type { PriceTier as Type } from "./types/price_tier.js";

export type PriceTier = Type;
export declare const PriceTier: SchemaModule<Type>;
