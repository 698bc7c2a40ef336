import type { SchemaModule } from "./runtime/api.js";
import type { InvoicesResourceLineItemsProrationDetails as self } from "./types/invoices_resource_line_items_proration_details.js";

export type InvoicesResourceLineItemsProrationDetails = self;
export declare const InvoicesResourceLineItemsProrationDetails: SchemaModule<self>;
