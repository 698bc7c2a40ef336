import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedCoupon as Type } from "./types/deleted_coupon.js";

export type { DeletedCoupon } from "./types/deleted_coupon.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedCoupon };
