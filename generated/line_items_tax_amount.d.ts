import type { SchemaModule } from "./runtime/api.js";
import type { LineItemsTaxAmount as self } from "./types/line_items_tax_amount.js";

export type LineItemsTaxAmount = self;
export declare const LineItemsTaxAmount: SchemaModule<self>;
