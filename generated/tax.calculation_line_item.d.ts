import type { SchemaModule } from "./runtime/api.js";
import type { TaxCalculationLineItem as self } from "./types/tax.calculation_line_item.js";

export type TaxCalculationLineItem = self;
export declare const TaxCalculationLineItem: SchemaModule<self>;
