import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceTogglesSettingStatusDetails as self } from "./types/treasury_financial_accounts_resource_toggles_setting_status_details.js";

export type TreasuryFinancialAccountsResourceTogglesSettingStatusDetails = self;
export declare const TreasuryFinancialAccountsResourceTogglesSettingStatusDetails: SchemaModule<self>;
