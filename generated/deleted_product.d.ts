import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedProduct as Type } from "./types/deleted_product.js";

export type { DeletedProduct } from "./types/deleted_product.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedProduct };
