import type { SchemaModule } from "./runtime/api.js";
import type { ShippingRate as self } from "./types/shipping_rate.js";

export type ShippingRate = self;
export declare const ShippingRate: SchemaModule<self>;
