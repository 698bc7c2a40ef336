import type { SchemaModule } from "./runtime/api.js";
import type { TaxProductResourceTaxTransactionShippingCost as self } from "./types/tax_product_resource_tax_transaction_shipping_cost.js";

export type TaxProductResourceTaxTransactionShippingCost = self;
export declare const TaxProductResourceTaxTransactionShippingCost: SchemaModule<self>;
