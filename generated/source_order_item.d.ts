import type { SchemaModule } from "./runtime/api.js";
import type { SourceOrderItem as self } from "./types/source_order_item.js";

export type SourceOrderItem = self;
export declare const SourceOrderItem: SchemaModule<self>;
