import type { SchemaModule } from "./runtime/api.js";
import type { CouponAppliesTo as self } from "./types/coupon_applies_to.js";

export type CouponAppliesTo = self;
export declare const CouponAppliesTo: SchemaModule<self>;
