import type { SchemaModule } from "./runtime/schema.js";
import type { FinancialConnectionsAccountOwnership as Type } from "./types/financial_connections.account_ownership.js";

export type FinancialConnectionsAccountOwnership = Type;
export declare const FinancialConnectionsAccountOwnership: SchemaModule<Type>;
