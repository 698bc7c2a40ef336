import type { SchemaModule } from "./runtime/api.js";
import type { ShippingRateDeliveryEstimateBound as self } from "./types/shipping_rate_delivery_estimate_bound.js";

export type ShippingRateDeliveryEstimateBound = self;
export declare const ShippingRateDeliveryEstimateBound: SchemaModule<self>;
