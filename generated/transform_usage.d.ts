import type { SchemaModule } from "./runtime/schema.js";
import type { TransformUsage as Type } from "./types/transform_usage.js";

export type { TransformUsage } from "./types/transform_usage.js";
declare const schema: SchemaModule<Type>;
export { schema as TransformUsage };
