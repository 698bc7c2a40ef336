import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountsResourceToggleSettings as Type } from "./types/treasury_financial_accounts_resource_toggle_settings.js";

export type { TreasuryFinancialAccountsResourceToggleSettings } from "./types/treasury_financial_accounts_resource_toggle_settings.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryFinancialAccountsResourceToggleSettings };
