import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceAbaToggleSettings as self } from "./types/treasury_financial_accounts_resource_aba_toggle_settings.js";

export type TreasuryFinancialAccountsResourceAbaToggleSettings = self;
export declare const TreasuryFinancialAccountsResourceAbaToggleSettings: SchemaModule<self>;
