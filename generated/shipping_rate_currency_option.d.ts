import type { SchemaModule } from "./runtime/schema.js";
import type { ShippingRateCurrencyOption as Type } from "./types/shipping_rate_currency_option.js";

export type ShippingRateCurrencyOption = Type;
export declare const ShippingRateCurrencyOption: SchemaModule<Type>;
