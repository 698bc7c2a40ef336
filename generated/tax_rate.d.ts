import type { SchemaModule } from "./runtime/api.js";
import type { TaxRate as self } from "./types/tax_rate.js";

export type TaxRate = self;
export declare const TaxRate: SchemaModule<self>;
