import type { SchemaModule } from "./runtime/schema.js";
import type { Application as Type } from "./types/application.js";

export type Application = Type;
export declare const Application: SchemaModule<Type>;
