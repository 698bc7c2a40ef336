import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicesResourceInvoiceTaxId as Type } from "./types/invoices_resource_invoice_tax_id.js";

export type InvoicesResourceInvoiceTaxId = Type;
export declare const InvoicesResourceInvoiceTaxId: SchemaModule<Type>;
