import type { SchemaModule } from "./runtime/schema.js";
import type { Shipping as Type } from "./types/shipping.js";

export type { Shipping } from "./types/shipping.js";
declare const schema: SchemaModule<Type>;
export { schema as Shipping };
