import type { SchemaModule } from "./runtime/schema.js";
import type { ShippingRateDeliveryEstimate as Type } from "./types/shipping_rate_delivery_estimate.js";

export type { ShippingRateDeliveryEstimate } from "./types/shipping_rate_delivery_estimate.js";
declare const schema: SchemaModule<Type>;
export { schema as ShippingRateDeliveryEstimate };
