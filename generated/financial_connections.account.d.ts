import type { SchemaModule } from "./runtime/schema.js";
import type { FinancialConnectionsAccount as Type } from "./types/financial_connections.account.js";

export type FinancialConnectionsAccount = Type;
export declare const FinancialConnectionsAccount: SchemaModule<Type>;
