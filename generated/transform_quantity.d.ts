import type { SchemaModule } from "./runtime/api.js";
import type { TransformQuantity as self } from "./types/transform_quantity.js";

export type TransformQuantity = self;
export declare const TransformQuantity: SchemaModule<self>;
