import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedCoupon as Type } from "./types/deleted_coupon.js";

export type DeletedCoupon = Type;
export declare const DeletedCoupon: SchemaModule<Type>;
