import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceAbaRecord as self } from "./types/treasury_financial_accounts_resource_aba_record.js";

export type TreasuryFinancialAccountsResourceAbaRecord = self;
export declare const TreasuryFinancialAccountsResourceAbaRecord: SchemaModule<self>;
