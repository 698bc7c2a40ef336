import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceBalance as self } from "./types/treasury_financial_accounts_resource_balance.js";

export type TreasuryFinancialAccountsResourceBalance = self;
export declare const TreasuryFinancialAccountsResourceBalance: SchemaModule<self>;
