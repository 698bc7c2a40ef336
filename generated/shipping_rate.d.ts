import type { SchemaModule } from "./runtime/schema.js";
import type { ShippingRate as Type } from "./types/shipping_rate.js";

export type { ShippingRate } from "./types/shipping_rate.js";
declare const schema: SchemaModule<Type>;
export { schema as ShippingRate };
