import type { SchemaModule } from "./runtime/api.js";
import type { InvoicesResourceLineItemsCreditedItems as self } from "./types/invoices_resource_line_items_credited_items.js";

export type InvoicesResourceLineItemsCreditedItems = self;
export declare const InvoicesResourceLineItemsCreditedItems: SchemaModule<self>;
