import type { SchemaModule } from "./runtime/schema.js";
import type { Discount as Type } from "./types/discount.js";

export type { Discount } from "./types/discount.js";
declare const schema: SchemaModule<Type>;
export { schema as Discount };
