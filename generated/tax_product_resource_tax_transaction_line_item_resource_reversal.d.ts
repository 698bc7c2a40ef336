import type { SchemaModule } from "./runtime/api.js";
import type { TaxProductResourceTaxTransactionLineItemResourceReversal as self } from "./types/tax_product_resource_tax_transaction_line_item_resource_reversal.js";

export type TaxProductResourceTaxTransactionLineItemResourceReversal = self;
export declare const TaxProductResourceTaxTransactionLineItemResourceReversal: SchemaModule<self>;
