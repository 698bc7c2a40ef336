import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceTaxCalculationShippingCost as Type } from "./types/tax_product_resource_tax_calculation_shipping_cost.js";

export type { TaxProductResourceTaxCalculationShippingCost } from "./types/tax_product_resource_tax_calculation_shipping_cost.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxProductResourceTaxCalculationShippingCost };
