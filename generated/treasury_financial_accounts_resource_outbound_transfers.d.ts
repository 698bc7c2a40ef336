import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountsResourceOutboundTransfers as Type } from "./types/treasury_financial_accounts_resource_outbound_transfers.js";

export type TreasuryFinancialAccountsResourceOutboundTransfers = Type;
export declare const TreasuryFinancialAccountsResourceOutboundTransfers: SchemaModule<Type>;
