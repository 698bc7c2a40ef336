import type { SchemaModule } from "./runtime/api.js";
import type { Balance as self } from "./types/balance.js";

export type Balance = self;
export declare const Balance: SchemaModule<self>;
