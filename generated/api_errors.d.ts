import type { SchemaModule } from "./runtime/api.js";
import type { ApiErrors as self } from "./types/api_errors.js";

export type ApiErrors = self;
export declare const ApiErrors: SchemaModule<self>;
