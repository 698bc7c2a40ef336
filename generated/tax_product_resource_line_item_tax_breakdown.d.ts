import type { SchemaModule } from "./runtime/api.js";
import type { TaxProductResourceLineItemTaxBreakdown as self } from "./types/tax_product_resource_line_item_tax_breakdown.js";

export type TaxProductResourceLineItemTaxBreakdown = self;
export declare const TaxProductResourceLineItemTaxBreakdown: SchemaModule<self>;
