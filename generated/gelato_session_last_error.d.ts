import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoSessionLastError as Type } from "./types/gelato_session_last_error.js";

export type GelatoSessionLastError = Type;
export declare const GelatoSessionLastError: SchemaModule<Type>;
