import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceTaxTransactionLineItemResourceReversal as Type } from "./types/tax_product_resource_tax_transaction_line_item_resource_reversal.js";

export type TaxProductResourceTaxTransactionLineItemResourceReversal = Type;
export declare const TaxProductResourceTaxTransactionLineItemResourceReversal: SchemaModule<Type>;
