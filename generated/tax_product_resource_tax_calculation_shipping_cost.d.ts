import type { SchemaModule } from "./runtime/api.js";
import type { TaxProductResourceTaxCalculationShippingCost as self } from "./types/tax_product_resource_tax_calculation_shipping_cost.js";

export type TaxProductResourceTaxCalculationShippingCost = self;
export declare const TaxProductResourceTaxCalculationShippingCost: SchemaModule<self>;
