import type { SchemaModule } from "./runtime/api.js";
import type { File as self } from "./types/file.js";

export type File = self;
export declare const File: SchemaModule<self>;
