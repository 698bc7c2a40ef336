import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountsResourceFinancialAddress as Type } from "./types/treasury_financial_accounts_resource_financial_address.js";

export type { TreasuryFinancialAccountsResourceFinancialAddress } from "./types/treasury_financial_accounts_resource_financial_address.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryFinancialAccountsResourceFinancialAddress };
