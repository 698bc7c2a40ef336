import type { SchemaModule } from "./runtime/schema.js";
import type { DiscountsResourceDiscountAmount as Type } from "./types/discounts_resource_discount_amount.js";

export type DiscountsResourceDiscountAmount = Type;
export declare const DiscountsResourceDiscountAmount: SchemaModule<Type>;
