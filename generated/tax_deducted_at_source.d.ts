import type { SchemaModule } from "./runtime/api.js";
import type { TaxDeductedAtSource as self } from "./types/tax_deducted_at_source.js";

export type TaxDeductedAtSource = self;
export declare const TaxDeductedAtSource: SchemaModule<self>;
