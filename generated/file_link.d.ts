import type { SchemaModule } from "./runtime/schema.js";
import type { FileLink as Type } from "./types/file_link.js";

export type FileLink = Type;
export declare const FileLink: SchemaModule<Type>;
