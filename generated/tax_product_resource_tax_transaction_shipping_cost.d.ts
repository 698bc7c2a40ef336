import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceTaxTransactionShippingCost as Type } from "./types/tax_product_resource_tax_transaction_shipping_cost.js";

export type TaxProductResourceTaxTransactionShippingCost = Type;
export declare const TaxProductResourceTaxTransactionShippingCost: SchemaModule<Type>;
