import type { SchemaModule } from "./runtime/schema.js";
import type { TaxRate as Type } from "./types/tax_rate.js";

export type TaxRate = Type;
export declare const TaxRate: SchemaModule<Type>;
