import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountsResourceBalance as Type } from "./types/treasury_financial_accounts_resource_balance.js";

export type TreasuryFinancialAccountsResourceBalance = Type;
export declare const TreasuryFinancialAccountsResourceBalance: SchemaModule<Type>;
