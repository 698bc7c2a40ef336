import type { SchemaModule } from "./runtime/api.js";
import type { FileLink as self } from "./types/file_link.js";

export type FileLink = self;
export declare const FileLink: SchemaModule<self>;
