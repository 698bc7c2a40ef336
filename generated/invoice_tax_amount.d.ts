import type { SchemaModule } from "./runtime/api.js";
import type { InvoiceTaxAmount as self } from "./types/invoice_tax_amount.js";

export type InvoiceTaxAmount = self;
export declare const InvoiceTaxAmount: SchemaModule<self>;
