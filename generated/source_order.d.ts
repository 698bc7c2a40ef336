import type { SchemaModule } from "./runtime/schema.js";
import type { SourceOrder as Type } from "./types/source_order.js";

export type { SourceOrder } from "./types/source_order.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceOrder };
