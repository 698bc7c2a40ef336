import type { SchemaModule } from "./runtime/schema.js";
import type { ShippingRateDeliveryEstimateBound as Type } from "./types/shipping_rate_delivery_estimate_bound.js";

export type { ShippingRateDeliveryEstimateBound } from "./types/shipping_rate_delivery_estimate_bound.js";
declare const schema: SchemaModule<Type>;
export { schema as ShippingRateDeliveryEstimateBound };
