import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountsResourceFinancialAddressesFeatures as Type } from "./types/treasury_financial_accounts_resource_financial_addresses_features.js";

export type TreasuryFinancialAccountsResourceFinancialAddressesFeatures = Type;
export declare const TreasuryFinancialAccountsResourceFinancialAddressesFeatures: SchemaModule<Type>;
