import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountsResourceAbaToggleSettings as Type } from "./types/treasury_financial_accounts_resource_aba_toggle_settings.js";

export type { TreasuryFinancialAccountsResourceAbaToggleSettings } from "./types/treasury_financial_accounts_resource_aba_toggle_settings.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryFinancialAccountsResourceAbaToggleSettings };
