import type { SchemaModule } from "./runtime/api.js";
import type { LineItemsDiscountAmount as self } from "./types/line_items_discount_amount.js";

export type LineItemsDiscountAmount = self;
export declare const LineItemsDiscountAmount: SchemaModule<self>;
