import type { SchemaModule } from "./runtime/schema.js";
import type { ShippingRateFixedAmount as Type } from "./types/shipping_rate_fixed_amount.js";

export type ShippingRateFixedAmount = Type;
export declare const ShippingRateFixedAmount: SchemaModule<Type>;
