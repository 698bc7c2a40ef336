import type { SchemaModule } from "./runtime/schema.js";
import type { CouponCurrencyOption as Type } from "./types/coupon_currency_option.js";

export type { CouponCurrencyOption } from "./types/coupon_currency_option.js";
declare const schema: SchemaModule<Type>;
export { schema as CouponCurrencyOption };
