import type { SchemaModule } from "./runtime/schema.js";
import type { CouponCurrencyOption as Type } from "./types/coupon_currency_option.js";

export type CouponCurrencyOption = Type;
export declare const CouponCurrencyOption: SchemaModule<Type>;
