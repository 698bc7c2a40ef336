import type { SchemaModule } from "./runtime/api.js";
import type { Price as self } from "./types/price.js";

export type Price = self;
export declare const Price: SchemaModule<self>;
