import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceTaxBreakdown as Type } from "./types/tax_product_resource_tax_breakdown.js";

export type { TaxProductResourceTaxBreakdown } from "./types/tax_product_resource_tax_breakdown.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxProductResourceTaxBreakdown };
