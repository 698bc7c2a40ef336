import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceToggleSettings as self } from "./types/treasury_financial_accounts_resource_toggle_settings.js";

export type TreasuryFinancialAccountsResourceToggleSettings = self;
export declare const TreasuryFinancialAccountsResourceToggleSettings: SchemaModule<self>;
