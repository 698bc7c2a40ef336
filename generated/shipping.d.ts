import type { SchemaModule } from "./runtime/schema.js";
import type { Shipping as Type } from "./types/shipping.js";

export type Shipping = Type;
export declare const Shipping: SchemaModule<Type>;
