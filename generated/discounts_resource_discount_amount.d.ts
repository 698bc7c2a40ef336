import type { SchemaModule } from "./runtime/api.js";
import type { DiscountsResourceDiscountAmount as self } from "./types/discounts_resource_discount_amount.js";

export type DiscountsResourceDiscountAmount = self;
export declare const DiscountsResourceDiscountAmount: SchemaModule<self>;
