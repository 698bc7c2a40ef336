import type { SchemaModule } from "./runtime/api.js";
import type { LineItem as self } from "./types/line_item.js";

export type LineItem = self;
export declare const LineItem: SchemaModule<self>;
