import type { SchemaModule } from "./runtime/schema.js";
import type { TaxCalculation as Type } from "./types/tax.calculation.js";

export type TaxCalculation = Type;
export declare const TaxCalculation: SchemaModule<Type>;
