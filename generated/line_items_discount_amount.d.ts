import type { SchemaModule } from "./runtime/schema.js";
import type { LineItemsDiscountAmount as Type } from "./types/line_items_discount_amount.js";

export type LineItemsDiscountAmount = Type;
export declare const LineItemsDiscountAmount: SchemaModule<Type>;
