import type { SchemaModule } from "./runtime/api.js";
import type { ShippingRateDeliveryEstimate as self } from "./types/shipping_rate_delivery_estimate.js";

export type ShippingRateDeliveryEstimate = self;
export declare const ShippingRateDeliveryEstimate: SchemaModule<self>;
