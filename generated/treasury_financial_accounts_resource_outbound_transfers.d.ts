import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountsResourceOutboundTransfers as Type } from "./types/treasury_financial_accounts_resource_outbound_transfers.js";

export type { TreasuryFinancialAccountsResourceOutboundTransfers } from "./types/treasury_financial_accounts_resource_outbound_transfers.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryFinancialAccountsResourceOutboundTransfers };
