import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceLineItemPeriod as Type } from "./types/invoice_line_item_period.js";

export type InvoiceLineItemPeriod = Type;
export declare const InvoiceLineItemPeriod: SchemaModule<Type>;
