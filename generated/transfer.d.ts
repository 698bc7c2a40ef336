import type { SchemaModule } from "./runtime/schema.js";
import type { Transfer as Type } from "./types/transfer.js";

export type Transfer = Type;
export declare const Transfer: SchemaModule<Type>;
