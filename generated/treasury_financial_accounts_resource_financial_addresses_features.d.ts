import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceFinancialAddressesFeatures as self } from "./types/treasury_financial_accounts_resource_financial_addresses_features.js";

export type TreasuryFinancialAccountsResourceFinancialAddressesFeatures = self;
export declare const TreasuryFinancialAccountsResourceFinancialAddressesFeatures: SchemaModule<self>;
