import type { SchemaModule } from "./runtime/schema.js";
import type { CouponAppliesTo as Type } from "./types/coupon_applies_to.js";

export type CouponAppliesTo = Type;
export declare const CouponAppliesTo: SchemaModule<Type>;
