import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountsResourceBalance as Type } from "./types/treasury_financial_accounts_resource_balance.js";

export type { TreasuryFinancialAccountsResourceBalance } from "./types/treasury_financial_accounts_resource_balance.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryFinancialAccountsResourceBalance };
