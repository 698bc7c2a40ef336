import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceOutboundTransfers as self } from "./types/treasury_financial_accounts_resource_outbound_transfers.js";

export type TreasuryFinancialAccountsResourceOutboundTransfers = self;
export declare const TreasuryFinancialAccountsResourceOutboundTransfers: SchemaModule<self>;
