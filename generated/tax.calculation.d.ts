import type { SchemaModule } from "./runtime/schema.js";
import type { TaxCalculation as Type } from "./types/tax.calculation.js";

export type { TaxCalculation } from "./types/tax.calculation.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxCalculation };
