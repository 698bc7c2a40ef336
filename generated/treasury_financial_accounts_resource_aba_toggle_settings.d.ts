import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountsResourceAbaToggleSettings as Type } from "./types/treasury_financial_accounts_resource_aba_toggle_settings.js";

export type TreasuryFinancialAccountsResourceAbaToggleSettings = Type;
export declare const TreasuryFinancialAccountsResourceAbaToggleSettings: SchemaModule<Type>;
