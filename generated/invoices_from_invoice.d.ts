import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicesFromInvoice as Type } from "./types/invoices_from_invoice.js";

export type { InvoicesFromInvoice } from "./types/invoices_from_invoice.js";
declare const schema: SchemaModule<Type>;
export { schema as InvoicesFromInvoice };
