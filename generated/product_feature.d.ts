import type { SchemaModule } from "./runtime/api.js";
import type { ProductFeature as self } from "./types/product_feature.js";

export type ProductFeature = self;
export declare const ProductFeature: SchemaModule<self>;
