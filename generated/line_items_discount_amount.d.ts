import type { SchemaModule } from "./runtime/schema.js";
import type { LineItemsDiscountAmount as Type } from "./types/line_items_discount_amount.js";

export type { LineItemsDiscountAmount } from "./types/line_items_discount_amount.js";
declare const schema: SchemaModule<Type>;
export { schema as LineItemsDiscountAmount };
