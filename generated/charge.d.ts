import type { SchemaModule } from "./runtime/schema.js";
import type { Charge as Type } from "./types/charge.js";

export type Charge = Type;
export declare const Charge: SchemaModule<Type>;
