import type { SchemaModule } from "./runtime/schema.js";
import type { ApiErrors as Type } from "./types/api_errors.js";

export type ApiErrors = Type;
export declare const ApiErrors: SchemaModule<Type>;
