import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryTransactionsResourceBalanceImpact as self } from "./types/treasury_transactions_resource_balance_impact.js";

export type TreasuryTransactionsResourceBalanceImpact = self;
export declare const TreasuryTransactionsResourceBalanceImpact: SchemaModule<self>;
