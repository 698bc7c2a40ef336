import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicesResourceLineItemsCreditedItems as Type } from "./types/invoices_resource_line_items_credited_items.js";

export type InvoicesResourceLineItemsCreditedItems = Type;
export declare const InvoicesResourceLineItemsCreditedItems: SchemaModule<Type>;
