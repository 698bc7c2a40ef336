import type { SchemaModule } from "./runtime/schema.js";
import type { ShippingRateDeliveryEstimate as Type } from "./types/shipping_rate_delivery_estimate.js";

export type ShippingRateDeliveryEstimate = Type;
export declare const ShippingRateDeliveryEstimate: SchemaModule<Type>;
