import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountsResourceAchToggleSettings as Type } from "./types/treasury_financial_accounts_resource_ach_toggle_settings.js";

export type { TreasuryFinancialAccountsResourceAchToggleSettings } from "./types/treasury_financial_accounts_resource_ach_toggle_settings.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryFinancialAccountsResourceAchToggleSettings };
