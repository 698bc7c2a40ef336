import type { SchemaModule } from "./runtime/api.js";
import type { Coupon as self } from "./types/coupon.js";

export type Coupon = self;
export declare const Coupon: SchemaModule<self>;
