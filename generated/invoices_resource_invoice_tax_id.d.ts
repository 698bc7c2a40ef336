import type { SchemaModule } from "./runtime/api.js";
import type { InvoicesResourceInvoiceTaxId as self } from "./types/invoices_resource_invoice_tax_id.js";

export type InvoicesResourceInvoiceTaxId = self;
export declare const InvoicesResourceInvoiceTaxId: SchemaModule<self>;
