import type * as runtime from "./runtime/api.js";
import type { CouponAppliesTo as self } from "./types/coupon_applies_to.js";

export type CouponAppliesTo = self;
export declare const CouponAppliesTo: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCouponAppliesTo(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCouponAppliesTo(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCouponAppliesTo: runtime.Check;
