import type { SchemaModule } from "./runtime/api.js";
import type { ShippingRateFixedAmount as self } from "./types/shipping_rate_fixed_amount.js";

export type ShippingRateFixedAmount = self;
export declare const ShippingRateFixedAmount: SchemaModule<self>;
