import type { SchemaModule } from "./runtime/schema.js";
import type { TransformQuantity as Type } from "./types/transform_quantity.js";

export type TransformQuantity = Type;
export declare const TransformQuantity: SchemaModule<Type>;
