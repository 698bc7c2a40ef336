import type { SchemaModule } from "./runtime/api.js";
import type { TransformUsage as self } from "./types/transform_usage.js";

export type TransformUsage = self;
export declare const TransformUsage: SchemaModule<self>;
