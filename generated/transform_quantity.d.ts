import type { SchemaModule } from "./runtime/schema.js";
import type { TransformQuantity as self } from "./types/transform_quantity.js";

export type TransformQuantity = self;
export declare const TransformQuantity: SchemaModule<self>;
