import type { SchemaModule } from "./runtime/api.js";
import type { Discount as self } from "./types/discount.js";

export type Discount = self;
export declare const Discount: SchemaModule<self>;
