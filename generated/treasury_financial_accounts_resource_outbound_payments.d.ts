import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceOutboundPayments as self } from "./types/treasury_financial_accounts_resource_outbound_payments.js";

export type TreasuryFinancialAccountsResourceOutboundPayments = self;
export declare const TreasuryFinancialAccountsResourceOutboundPayments: SchemaModule<self>;
