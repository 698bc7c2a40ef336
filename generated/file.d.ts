import type { SchemaModule } from "./runtime/schema.js";
import type { File as Type } from "./types/file.js";

export type File = Type;
export declare const File: SchemaModule<Type>;
