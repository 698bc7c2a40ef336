import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicesResourceLineItemsCreditedItems as Type } from "./types/invoices_resource_line_items_credited_items.js";

export type { InvoicesResourceLineItemsCreditedItems } from "./types/invoices_resource_line_items_credited_items.js";
declare const schema: SchemaModule<Type>;
export { schema as InvoicesResourceLineItemsCreditedItems };
