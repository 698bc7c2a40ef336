import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceTaxBreakdown as Type } from "./types/tax_product_resource_tax_breakdown.js";

export type TaxProductResourceTaxBreakdown = Type;
export declare const TaxProductResourceTaxBreakdown: SchemaModule<Type>;
