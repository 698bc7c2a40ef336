import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountsResourceOutboundPayments as Type } from "./types/treasury_financial_accounts_resource_outbound_payments.js";

export type TreasuryFinancialAccountsResourceOutboundPayments = Type;
export declare const TreasuryFinancialAccountsResourceOutboundPayments: SchemaModule<Type>;
