import type { SchemaModule } from "./runtime/schema.js";
import type { Period as Type } from "./types/period.js";

export type Period = Type;
export declare const Period: SchemaModule<Type>;
