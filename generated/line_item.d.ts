import type { SchemaModule } from "./runtime/schema.js";
import type { LineItem as Type } from "./types/line_item.js";

export type { LineItem } from "./types/line_item.js";
declare const schema: SchemaModule<Type>;
export { schema as LineItem };
