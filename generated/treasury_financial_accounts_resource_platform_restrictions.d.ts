import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountsResourcePlatformRestrictions as Type } from "./types/treasury_financial_accounts_resource_platform_restrictions.js";

export type TreasuryFinancialAccountsResourcePlatformRestrictions = Type;
export declare const TreasuryFinancialAccountsResourcePlatformRestrictions: SchemaModule<Type>;
