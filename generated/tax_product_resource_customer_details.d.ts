import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceCustomerDetails as Type } from "./types/tax_product_resource_customer_details.js";

export type TaxProductResourceCustomerDetails = Type;
export declare const TaxProductResourceCustomerDetails: SchemaModule<Type>;
