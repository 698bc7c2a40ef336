import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceTaxAmount as Type } from "./types/invoice_tax_amount.js";

export type InvoiceTaxAmount = Type;
export declare const InvoiceTaxAmount: SchemaModule<Type>;
