import type { SchemaModule } from "./runtime/schema.js";
import type { DiscountsResourceDiscountAmount as Type } from "./types/discounts_resource_discount_amount.js";

export type { DiscountsResourceDiscountAmount } from "./types/discounts_resource_discount_amount.js";
declare const schema: SchemaModule<Type>;
export { schema as DiscountsResourceDiscountAmount };
