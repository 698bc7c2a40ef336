import type { SchemaModule } from "./runtime/api.js";
import type { Fee as self } from "./types/fee.js";

export type Fee = self;
export declare const Fee: SchemaModule<self>;
