import type { SchemaModule } from "./runtime/api.js";
import type { BankConnectionsResourceBalanceRefresh as self } from "./types/bank_connections_resource_balance_refresh.js";

export type BankConnectionsResourceBalanceRefresh = self;
export declare const BankConnectionsResourceBalanceRefresh: SchemaModule<self>;
