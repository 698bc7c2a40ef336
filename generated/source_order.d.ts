import type { SchemaModule } from "./runtime/schema.js";
import type { SourceOrder as Type } from "./types/source_order.js";

export type SourceOrder = Type;
export declare const SourceOrder: SchemaModule<Type>;
