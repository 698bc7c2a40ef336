import type { SchemaModule } from "./runtime/schema.js";
import type { Error as Type } from "./types/error.js";

export type Error = Type;
export declare const Error: SchemaModule<Type>;
