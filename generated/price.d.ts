import type { SchemaModule } from "./runtime/schema.js";
import type { Price as Type } from "./types/price.js";

export type Price = Type;
export declare const Price: SchemaModule<Type>;
