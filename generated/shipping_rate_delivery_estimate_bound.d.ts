import type { SchemaModule } from "./runtime/schema.js";
import type { ShippingRateDeliveryEstimateBound as Type } from "./types/shipping_rate_delivery_estimate_bound.js";

export type ShippingRateDeliveryEstimateBound = Type;
export declare const ShippingRateDeliveryEstimateBound: SchemaModule<Type>;
