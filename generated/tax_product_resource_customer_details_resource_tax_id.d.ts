import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceCustomerDetailsResourceTaxId as Type } from "./types/tax_product_resource_customer_details_resource_tax_id.js";

export type { TaxProductResourceCustomerDetailsResourceTaxId } from "./types/tax_product_resource_customer_details_resource_tax_id.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxProductResourceCustomerDetailsResourceTaxId };
