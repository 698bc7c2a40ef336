import type { SchemaModule } from "./runtime/api.js";
import type { TaxProductResourceTaxBreakdown as self } from "./types/tax_product_resource_tax_breakdown.js";

export type TaxProductResourceTaxBreakdown = self;
export declare const TaxProductResourceTaxBreakdown: SchemaModule<self>;
