import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceTaxAmount as Type } from "./types/invoice_tax_amount.js";

export type { InvoiceTaxAmount } from "./types/invoice_tax_amount.js";
declare const schema: SchemaModule<Type>;
export { schema as InvoiceTaxAmount };
