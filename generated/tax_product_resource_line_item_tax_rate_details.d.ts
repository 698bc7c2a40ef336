import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceLineItemTaxRateDetails as Type } from "./types/tax_product_resource_line_item_tax_rate_details.js";

export type { TaxProductResourceLineItemTaxRateDetails } from "./types/tax_product_resource_line_item_tax_rate_details.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxProductResourceLineItemTaxRateDetails };
