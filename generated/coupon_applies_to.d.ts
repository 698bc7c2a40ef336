import type { SchemaModule } from "./runtime/schema.js";
import type { CouponAppliesTo as Type } from "./types/coupon_applies_to.js";

export type { CouponAppliesTo } from "./types/coupon_applies_to.js";
declare const schema: SchemaModule<Type>;
export { schema as CouponAppliesTo };
