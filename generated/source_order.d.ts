import type { SchemaModule } from "./runtime/api.js";
import type { SourceOrder as self } from "./types/source_order.js";

export type SourceOrder = self;
export declare const SourceOrder: SchemaModule<self>;
