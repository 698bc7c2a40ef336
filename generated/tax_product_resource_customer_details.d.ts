import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceCustomerDetails as Type } from "./types/tax_product_resource_customer_details.js";

export type { TaxProductResourceCustomerDetails } from "./types/tax_product_resource_customer_details.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxProductResourceCustomerDetails };
