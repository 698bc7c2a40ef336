import type { SchemaModule } from "./runtime/schema.js";
import type { Invoice as Type } from "./types/invoice.js";

export type Invoice = Type;
export declare const Invoice: SchemaModule<Type>;
