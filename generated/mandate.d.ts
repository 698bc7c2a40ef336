import type { SchemaModule } from "./runtime/schema.js";
import type { Mandate as Type } from "./types/mandate.js";

export type Mandate = Type;
export declare const Mandate: SchemaModule<Type>;
