import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceTaxTransactionResourceReversal as Type } from "./types/tax_product_resource_tax_transaction_resource_reversal.js";

export type { TaxProductResourceTaxTransactionResourceReversal } from "./types/tax_product_resource_tax_transaction_resource_reversal.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxProductResourceTaxTransactionResourceReversal };
