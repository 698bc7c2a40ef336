import type { SchemaModule } from "./runtime/schema.js";
import type { Product as Type } from "./types/product.js";

export type { Product } from "./types/product.js";
declare const schema: SchemaModule<Type>;
export { schema as Product };
