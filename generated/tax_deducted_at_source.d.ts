import type { SchemaModule } from "./runtime/schema.js";
import type { TaxDeductedAtSource as Type } from "./types/tax_deducted_at_source.js";

export type TaxDeductedAtSource = Type;
export declare const TaxDeductedAtSource: SchemaModule<Type>;
