import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicesFromInvoice as Type } from "./types/invoices_from_invoice.js";

export type InvoicesFromInvoice = Type;
export declare const InvoicesFromInvoice: SchemaModule<Type>;
