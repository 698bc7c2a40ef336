import type { SchemaModule } from "./runtime/schema.js";
import type { Price as Type } from "./types/price.js";

export type { Price } from "./types/price.js";
declare const schema: SchemaModule<Type>;
export { schema as Price };
