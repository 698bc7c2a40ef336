import type { SchemaModule } from "./runtime/schema.js";
import type { TransformQuantity as Type } from "./types/transform_quantity.js";

export type { TransformQuantity } from "./types/transform_quantity.js";
declare const schema: SchemaModule<Type>;
export { schema as TransformQuantity };
