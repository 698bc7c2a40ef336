import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceStatusDetails as self } from "./types/treasury_financial_accounts_resource_status_details.js";

export type TreasuryFinancialAccountsResourceStatusDetails = self;
export declare const TreasuryFinancialAccountsResourceStatusDetails: SchemaModule<self>;
