import type { SchemaModule } from "./runtime/schema.js";
import type { LineItemsTaxAmount as Type } from "./types/line_items_tax_amount.js";

export type { LineItemsTaxAmount } from "./types/line_items_tax_amount.js";
declare const schema: SchemaModule<Type>;
export { schema as LineItemsTaxAmount };
