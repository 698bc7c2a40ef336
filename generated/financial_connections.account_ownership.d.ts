import type { SchemaModule } from "./runtime/api.js";
import type { FinancialConnectionsAccountOwnership as self } from "./types/financial_connections.account_ownership.js";

export type FinancialConnectionsAccountOwnership = self;
export declare const FinancialConnectionsAccountOwnership: SchemaModule<self>;
