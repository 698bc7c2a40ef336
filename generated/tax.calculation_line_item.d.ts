import type { SchemaModule } from "./runtime/schema.js";
import type { TaxCalculationLineItem as Type } from "./types/tax.calculation_line_item.js";

export type TaxCalculationLineItem = Type;
export declare const TaxCalculationLineItem: SchemaModule<Type>;
