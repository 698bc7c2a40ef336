import type { SchemaModule } from "./runtime/api.js";
import type { FinancialConnectionsAccount as self } from "./types/financial_connections.account.js";

export type FinancialConnectionsAccount = self;
export declare const FinancialConnectionsAccount: SchemaModule<self>;
