import type { SchemaModule } from "./runtime/schema.js";
import type { ShippingRate as Type } from "./types/shipping_rate.js";

export type ShippingRate = Type;
export declare const ShippingRate: SchemaModule<Type>;
