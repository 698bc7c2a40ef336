import type { SchemaModule } from "./runtime/schema.js";
import type { Error as Type } from "./types/error.js";

export type { Error } from "./types/error.js";
declare const schema: SchemaModule<Type>;
export { schema as Error };
