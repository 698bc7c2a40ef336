import type { SchemaModule } from "./runtime/schema.js";
import type { Networks as Type } from "./types/networks.js";

export type Networks = Type;
export declare const Networks: SchemaModule<Type>;
