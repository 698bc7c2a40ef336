import type { SchemaModule } from "./runtime/api.js";
import type { BankConnectionsResourceBalanceApiResourceCashBalance as self } from "./types/bank_connections_resource_balance_api_resource_cash_balance.js";

export type BankConnectionsResourceBalanceApiResourceCashBalance = self;
export declare const BankConnectionsResourceBalanceApiResourceCashBalance: SchemaModule<self>;
