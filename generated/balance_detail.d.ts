import type { SchemaModule } from "./runtime/api.js";
import type { BalanceDetail as self } from "./types/balance_detail.js";

export type BalanceDetail = self;
export declare const BalanceDetail: SchemaModule<self>;
