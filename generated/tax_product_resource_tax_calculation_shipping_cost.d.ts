import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceTaxCalculationShippingCost as Type } from "./types/tax_product_resource_tax_calculation_shipping_cost.js";

export type TaxProductResourceTaxCalculationShippingCost = Type;
export declare const TaxProductResourceTaxCalculationShippingCost: SchemaModule<Type>;
