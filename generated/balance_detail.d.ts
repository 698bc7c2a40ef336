import type { SchemaModule } from "./runtime/schema.js";
import type { BalanceDetail as Type } from "./types/balance_detail.js";

export type BalanceDetail = Type;
export declare const BalanceDetail: SchemaModule<Type>;
