import type { SchemaModule } from "./runtime/schema.js";
import type { ProductFeature as Type } from "./types/product_feature.js";

export type { ProductFeature } from "./types/product_feature.js";
declare const schema: SchemaModule<Type>;
export { schema as ProductFeature };
