import type { SchemaModule } from "./runtime/api.js";
import type { PriceTier as self } from "./types/price_tier.js";

export type PriceTier = self;
export declare const PriceTier: SchemaModule<self>;
