import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryTransactionsResourceBalanceImpact as Type } from "./types/treasury_transactions_resource_balance_impact.js";

export type TreasuryTransactionsResourceBalanceImpact = Type;
export declare const TreasuryTransactionsResourceBalanceImpact: SchemaModule<Type>;
