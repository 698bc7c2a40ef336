import type { SchemaModule } from "./runtime/schema.js";
import type { TaxRate as Type } from "./types/tax_rate.js";

export type { TaxRate } from "./types/tax_rate.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxRate };
