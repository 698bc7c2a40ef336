import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceLineItemTaxBreakdown as Type } from "./types/tax_product_resource_line_item_tax_breakdown.js";

export type TaxProductResourceLineItemTaxBreakdown = Type;
export declare const TaxProductResourceLineItemTaxBreakdown: SchemaModule<Type>;
