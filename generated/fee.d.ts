import type { SchemaModule } from "./runtime/schema.js";
import type { Fee as Type } from "./types/fee.js";

export type Fee = Type;
export declare const Fee: SchemaModule<Type>;
