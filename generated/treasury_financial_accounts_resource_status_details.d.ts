import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountsResourceStatusDetails as Type } from "./types/treasury_financial_accounts_resource_status_details.js";

export type TreasuryFinancialAccountsResourceStatusDetails = Type;
export declare const TreasuryFinancialAccountsResourceStatusDetails: SchemaModule<Type>;
