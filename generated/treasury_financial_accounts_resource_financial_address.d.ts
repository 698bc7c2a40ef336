import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceFinancialAddress as self } from "./types/treasury_financial_accounts_resource_financial_address.js";

export type TreasuryFinancialAccountsResourceFinancialAddress = self;
export declare const TreasuryFinancialAccountsResourceFinancialAddress: SchemaModule<self>;
