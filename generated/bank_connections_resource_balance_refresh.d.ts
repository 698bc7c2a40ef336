import type { SchemaModule } from "./runtime/schema.js";
import type { BankConnectionsResourceBalanceRefresh as Type } from "./types/bank_connections_resource_balance_refresh.js";

export type BankConnectionsResourceBalanceRefresh = Type;
export declare const BankConnectionsResourceBalanceRefresh: SchemaModule<Type>;
