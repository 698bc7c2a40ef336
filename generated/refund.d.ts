import type { SchemaModule } from "./runtime/api.js";
import type { Refund as self } from "./types/refund.js";

export type Refund = self;
export declare const Refund: SchemaModule<self>;
