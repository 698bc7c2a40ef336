import type { SchemaModule } from "./runtime/schema.js";
import type { Coupon as Type } from "./types/coupon.js";

export type { Coupon } from "./types/coupon.js";
declare const schema: SchemaModule<Type>;
export { schema as Coupon };
