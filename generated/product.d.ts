import type { SchemaModule } from "./runtime/schema.js";
import type { Product as Type } from "./types/product.js";

export type Product = Type;
export declare const Product: SchemaModule<Type>;
