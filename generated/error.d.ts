import type { SchemaModule } from "./runtime/api.js";
import type { Error as self } from "./types/error.js";

export type Error = self;
export declare const Error: SchemaModule<self>;
