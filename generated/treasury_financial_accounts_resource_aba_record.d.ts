import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountsResourceAbaRecord as Type } from "./types/treasury_financial_accounts_resource_aba_record.js";

export type TreasuryFinancialAccountsResourceAbaRecord = Type;
export declare const TreasuryFinancialAccountsResourceAbaRecord: SchemaModule<Type>;
