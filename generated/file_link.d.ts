import type { SchemaModule } from "./runtime/schema.js";
import type { FileLink as Type } from "./types/file_link.js";

export type { FileLink } from "./types/file_link.js";
declare const schema: SchemaModule<Type>;
export { schema as FileLink };
