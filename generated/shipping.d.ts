import type { SchemaModule } from "./runtime/api.js";
import type { Shipping as self } from "./types/shipping.js";

export type Shipping = self;
export declare const Shipping: SchemaModule<self>;
