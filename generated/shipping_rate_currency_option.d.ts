import type { SchemaModule } from "./runtime/api.js";
import type { ShippingRateCurrencyOption as self } from "./types/shipping_rate_currency_option.js";

export type ShippingRateCurrencyOption = self;
export declare const ShippingRateCurrencyOption: SchemaModule<self>;
