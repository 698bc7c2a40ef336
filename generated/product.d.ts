import type { SchemaModule } from "./runtime/api.js";
import type { Product as self } from "./types/product.js";

export type Product = self;
export declare const Product: SchemaModule<self>;
