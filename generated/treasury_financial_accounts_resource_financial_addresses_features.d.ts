import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountsResourceFinancialAddressesFeatures as Type } from "./types/treasury_financial_accounts_resource_financial_addresses_features.js";

export type { TreasuryFinancialAccountsResourceFinancialAddressesFeatures } from "./types/treasury_financial_accounts_resource_financial_addresses_features.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryFinancialAccountsResourceFinancialAddressesFeatures };
