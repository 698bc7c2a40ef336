import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountsResourceToggleSettings as Type } from "./types/treasury_financial_accounts_resource_toggle_settings.js";

export type TreasuryFinancialAccountsResourceToggleSettings = Type;
export declare const TreasuryFinancialAccountsResourceToggleSettings: SchemaModule<Type>;
