import type { SchemaModule } from "./runtime/schema.js";
import type { SourceOrderItem as Type } from "./types/source_order_item.js";

export type SourceOrderItem = Type;
export declare const SourceOrderItem: SchemaModule<Type>;
