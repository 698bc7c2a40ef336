import type { SchemaModule } from "./runtime/api.js";
import type { InvoicesFromInvoice as self } from "./types/invoices_from_invoice.js";

export type InvoicesFromInvoice = self;
export declare const InvoicesFromInvoice: SchemaModule<self>;
