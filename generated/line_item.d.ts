import type { SchemaModule } from "./runtime/schema.js";
import type { LineItem as Type } from "./types/line_item.js";

export type LineItem = Type;
export declare const LineItem: SchemaModule<Type>;
