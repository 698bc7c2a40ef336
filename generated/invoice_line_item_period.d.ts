import type { SchemaModule } from "./runtime/api.js";
import type { InvoiceLineItemPeriod as self } from "./types/invoice_line_item_period.js";

export type InvoiceLineItemPeriod = self;
export declare const InvoiceLineItemPeriod: SchemaModule<self>;
