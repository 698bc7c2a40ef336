import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountsResourceOutboundPayments as Type } from "./types/treasury_financial_accounts_resource_outbound_payments.js";

export type { TreasuryFinancialAccountsResourceOutboundPayments } from "./types/treasury_financial_accounts_resource_outbound_payments.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryFinancialAccountsResourceOutboundPayments };
