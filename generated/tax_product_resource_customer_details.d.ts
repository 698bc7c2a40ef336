import type { SchemaModule } from "./runtime/api.js";
import type { TaxProductResourceCustomerDetails as self } from "./types/tax_product_resource_customer_details.js";

export type TaxProductResourceCustomerDetails = self;
export declare const TaxProductResourceCustomerDetails: SchemaModule<self>;
