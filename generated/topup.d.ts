import type { SchemaModule } from "./runtime/schema.js";
import type { Topup as Type } from "./types/topup.js";

export type Topup = Type;
export declare const Topup: SchemaModule<Type>;
