import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryTransactionsResourceBalanceImpact as Type } from "./types/treasury_transactions_resource_balance_impact.js";

export type { TreasuryTransactionsResourceBalanceImpact } from "./types/treasury_transactions_resource_balance_impact.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryTransactionsResourceBalanceImpact };
