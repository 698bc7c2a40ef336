import type { SchemaModule } from "./runtime/schema.js";
import type { Item as Type } from "./types/item.js";

export type { Item } from "./types/item.js";
declare const schema: SchemaModule<Type>;
export { schema as Item };
