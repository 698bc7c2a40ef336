import type { SchemaModule } from "./runtime/schema.js";
import type { TaxCode as Type } from "./types/tax_code.js";

export type { TaxCode } from "./types/tax_code.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxCode };
