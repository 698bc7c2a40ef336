import type { SchemaModule } from "./runtime/schema.js";
import type { Recurring as Type } from "./types/recurring.js";

export type Recurring = Type;
export declare const Recurring: SchemaModule<Type>;
