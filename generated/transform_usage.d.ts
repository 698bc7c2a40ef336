import type { SchemaModule } from "./runtime/schema.js";
import type { TransformUsage as self } from "./types/transform_usage.js";

export type TransformUsage = self;
export declare const TransformUsage: SchemaModule<self>;
