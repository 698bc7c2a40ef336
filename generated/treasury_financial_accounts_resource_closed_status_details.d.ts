import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceClosedStatusDetails as self } from "./types/treasury_financial_accounts_resource_closed_status_details.js";

export type TreasuryFinancialAccountsResourceClosedStatusDetails = self;
export declare const TreasuryFinancialAccountsResourceClosedStatusDetails: SchemaModule<self>;
