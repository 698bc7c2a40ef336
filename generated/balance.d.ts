import type { SchemaModule } from "./runtime/schema.js";
import type { Balance as Type } from "./types/balance.js";

export type Balance = Type;
export declare const Balance: SchemaModule<Type>;
