import type { SchemaModule } from "./runtime/schema.js";
import type { TaxDeductedAtSource as Type } from "./types/tax_deducted_at_source.js";

export type { TaxDeductedAtSource } from "./types/tax_deducted_at_source.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxDeductedAtSource };
