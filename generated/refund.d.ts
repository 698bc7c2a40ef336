import type { SchemaModule } from "./runtime/schema.js";
import type { Refund as Type } from "./types/refund.js";

export type Refund = Type;
export declare const Refund: SchemaModule<Type>;
