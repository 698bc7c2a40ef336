import type { SchemaModule } from "./runtime/api.js";
import type { CashBalance as self } from "./types/cash_balance.js";

export type CashBalance = self;
export declare const CashBalance: SchemaModule<self>;
