import type { SchemaModule } from "./runtime/api.js";
import type { Networks as self } from "./types/networks.js";

export type Networks = self;
export declare const Networks: SchemaModule<self>;
