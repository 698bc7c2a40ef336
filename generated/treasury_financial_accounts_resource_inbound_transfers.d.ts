import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountsResourceInboundTransfers as Type } from "./types/treasury_financial_accounts_resource_inbound_transfers.js";

export type TreasuryFinancialAccountsResourceInboundTransfers = Type;
export declare const TreasuryFinancialAccountsResourceInboundTransfers: SchemaModule<Type>;
