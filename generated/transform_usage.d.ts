import type { SchemaModule } from "./runtime/schema.js";
import type { TransformUsage as Type } from "./types/transform_usage.js";

export type TransformUsage = Type;
export declare const TransformUsage: SchemaModule<Type>;
