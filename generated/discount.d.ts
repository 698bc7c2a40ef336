import type { SchemaModule } from "./runtime/schema.js";
import type { Discount as Type } from "./types/discount.js";

export type Discount = Type;
export declare const Discount: SchemaModule<Type>;
