import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountsResourceClosedStatusDetails as Type } from "./types/treasury_financial_accounts_resource_closed_status_details.js";

export type TreasuryFinancialAccountsResourceClosedStatusDetails = Type;
export declare const TreasuryFinancialAccountsResourceClosedStatusDetails: SchemaModule<Type>;
