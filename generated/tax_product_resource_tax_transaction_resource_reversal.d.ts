import type { SchemaModule } from "./runtime/api.js";
import type { TaxProductResourceTaxTransactionResourceReversal as self } from "./types/tax_product_resource_tax_transaction_resource_reversal.js";

export type TaxProductResourceTaxTransactionResourceReversal = self;
export declare const TaxProductResourceTaxTransactionResourceReversal: SchemaModule<self>;
