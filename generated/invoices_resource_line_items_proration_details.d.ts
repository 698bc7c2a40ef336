import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicesResourceLineItemsProrationDetails as Type } from "./types/invoices_resource_line_items_proration_details.js";

export type InvoicesResourceLineItemsProrationDetails = Type;
export declare const InvoicesResourceLineItemsProrationDetails: SchemaModule<Type>;
