import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountsResourceTogglesSettingStatusDetails as Type } from "./types/treasury_financial_accounts_resource_toggles_setting_status_details.js";

export type { TreasuryFinancialAccountsResourceTogglesSettingStatusDetails } from "./types/treasury_financial_accounts_resource_toggles_setting_status_details.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryFinancialAccountsResourceTogglesSettingStatusDetails };
