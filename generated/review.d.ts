import type { SchemaModule } from "./runtime/schema.js";
import type { Review as Type } from "./types/review.js";

export type { Review } from "./types/review.js";
declare const schema: SchemaModule<Type>;
export { schema as Review };
