import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceInboundTransfers as self } from "./types/treasury_financial_accounts_resource_inbound_transfers.js";

export type TreasuryFinancialAccountsResourceInboundTransfers = self;
export declare const TreasuryFinancialAccountsResourceInboundTransfers: SchemaModule<self>;
