import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountsResourceFinancialAddress as Type } from "./types/treasury_financial_accounts_resource_financial_address.js";

export type TreasuryFinancialAccountsResourceFinancialAddress = Type;
export declare const TreasuryFinancialAccountsResourceFinancialAddress: SchemaModule<Type>;
