import type { SchemaModule } from "./runtime/api.js";
import type { BankConnectionsResourceBalanceApiResourceCreditBalance as self } from "./types/bank_connections_resource_balance_api_resource_credit_balance.js";

export type BankConnectionsResourceBalanceApiResourceCreditBalance = self;
export declare const BankConnectionsResourceBalanceApiResourceCreditBalance: SchemaModule<self>;
