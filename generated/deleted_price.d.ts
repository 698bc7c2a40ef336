import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedPrice as Type } from "./types/deleted_price.js";

export type { DeletedPrice } from "./types/deleted_price.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedPrice };
