import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceAchToggleSettings as self } from "./types/treasury_financial_accounts_resource_ach_toggle_settings.js";

export type TreasuryFinancialAccountsResourceAchToggleSettings = self;
export declare const TreasuryFinancialAccountsResourceAchToggleSettings: SchemaModule<self>;
