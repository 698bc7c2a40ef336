import type { SchemaModule } from "./runtime/schema.js";
import type { TaxTransaction as Type } from "./types/tax.transaction.js";

export type { TaxTransaction } from "./types/tax.transaction.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxTransaction };
