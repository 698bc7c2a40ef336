import type { SchemaModule } from "./runtime/api.js";
import type { DeletedCoupon as self } from "./types/deleted_coupon.js";

export type DeletedCoupon = self;
export declare const DeletedCoupon: SchemaModule<self>;
