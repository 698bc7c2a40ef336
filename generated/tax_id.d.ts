import type { SchemaModule } from "./runtime/schema.js";
import type { TaxId as Type } from "./types/tax_id.js";

export type { TaxId } from "./types/tax_id.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxId };
