import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountsResourceAchToggleSettings as Type } from "./types/treasury_financial_accounts_resource_ach_toggle_settings.js";

export type TreasuryFinancialAccountsResourceAchToggleSettings = Type;
export declare const TreasuryFinancialAccountsResourceAchToggleSettings: SchemaModule<Type>;
