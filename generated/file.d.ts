import type { SchemaModule } from "./runtime/schema.js";
import type { File as Type } from "./types/file.js";

export type { File } from "./types/file.js";
declare const schema: SchemaModule<Type>;
export { schema as File };
