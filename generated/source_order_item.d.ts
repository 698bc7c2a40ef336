import type { SchemaModule } from "./runtime/schema.js";
import type { SourceOrderItem as Type } from "./types/source_order_item.js";

export type { SourceOrderItem } from "./types/source_order_item.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceOrderItem };
