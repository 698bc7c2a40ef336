import type { SchemaModule } from "./runtime/api.js";
import type { CouponCurrencyOption as self } from "./types/coupon_currency_option.js";

export type CouponCurrencyOption = self;
export declare const CouponCurrencyOption: SchemaModule<self>;
