import type { SchemaModule } from "./runtime/schema.js";
import type { LineItemsTaxAmount as Type } from "./types/line_items_tax_amount.js";

export type LineItemsTaxAmount = Type;
export declare const LineItemsTaxAmount: SchemaModule<Type>;
