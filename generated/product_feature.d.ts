import type { SchemaModule } from "./runtime/schema.js";
import type { ProductFeature as Type } from "./types/product_feature.js";

export type ProductFeature = Type;
export declare const ProductFeature: SchemaModule<Type>;
