import type { SchemaModule } from "./runtime/api.js";
import type { BalanceAmount as self } from "./types/balance_amount.js";

export type BalanceAmount = self;
export declare const BalanceAmount: SchemaModule<self>;
