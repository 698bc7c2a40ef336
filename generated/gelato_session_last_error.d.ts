import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoSessionLastError as Type } from "./types/gelato_session_last_error.js";

export type { GelatoSessionLastError } from "./types/gelato_session_last_error.js";
declare const schema: SchemaModule<Type>;
export { schema as GelatoSessionLastError };
