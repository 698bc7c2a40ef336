import type { SchemaModule } from "./runtime/api.js";
import type { TaxProductResourceCustomerDetailsResourceTaxId as self } from "./types/tax_product_resource_customer_details_resource_tax_id.js";

export type TaxProductResourceCustomerDetailsResourceTaxId = self;
export declare const TaxProductResourceCustomerDetailsResourceTaxId: SchemaModule<self>;
