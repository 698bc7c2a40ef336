import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourcePlatformRestrictions as self } from "./types/treasury_financial_accounts_resource_platform_restrictions.js";

export type TreasuryFinancialAccountsResourcePlatformRestrictions = self;
export declare const TreasuryFinancialAccountsResourcePlatformRestrictions: SchemaModule<self>;
