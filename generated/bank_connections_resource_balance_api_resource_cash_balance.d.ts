import type { SchemaModule } from "./runtime/schema.js";
import type { BankConnectionsResourceBalanceApiResourceCashBalance as Type } from "./types/bank_connections_resource_balance_api_resource_cash_balance.js";

export type BankConnectionsResourceBalanceApiResourceCashBalance = Type;
export declare const BankConnectionsResourceBalanceApiResourceCashBalance: SchemaModule<Type>;
