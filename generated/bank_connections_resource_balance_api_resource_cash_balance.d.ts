import type { SchemaModule } from "./runtime/schema.js";
import type { BankConnectionsResourceBalanceApiResourceCashBalance as Type } from "./types/bank_connections_resource_balance_api_resource_cash_balance.js";

export type { BankConnectionsResourceBalanceApiResourceCashBalance } from "./types/bank_connections_resource_balance_api_resource_cash_balance.js";
declare const schema: SchemaModule<Type>;
export { schema as BankConnectionsResourceBalanceApiResourceCashBalance };
