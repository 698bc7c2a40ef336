import type { SchemaModule } from "./runtime/schema.js";
import type { TaxCalculationLineItem as Type } from "./types/tax.calculation_line_item.js";

export type { TaxCalculationLineItem } from "./types/tax.calculation_line_item.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxCalculationLineItem };
