import type { SchemaModule } from "./runtime/api.js";
import type { TaxCalculation as self } from "./types/tax.calculation.js";

export type TaxCalculation = self;
export declare const TaxCalculation: SchemaModule<self>;
