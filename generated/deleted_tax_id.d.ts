import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedTaxId as Type } from "./types/deleted_tax_id.js";

export type { DeletedTaxId } from "./types/deleted_tax_id.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedTaxId };
