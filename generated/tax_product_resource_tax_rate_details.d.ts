import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceTaxRateDetails as Type } from "./types/tax_product_resource_tax_rate_details.js";

export type { TaxProductResourceTaxRateDetails } from "./types/tax_product_resource_tax_rate_details.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxProductResourceTaxRateDetails };
