import type { SchemaModule } from "./runtime/schema.js";
import type { Coupon as Type } from "./types/coupon.js";

export type Coupon = Type;
export declare const Coupon: SchemaModule<Type>;
