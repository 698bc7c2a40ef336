import type { SchemaModule } from "./runtime/api.js";
import type { FinancialConnectionsAccountOwner as self } from "./types/financial_connections.account_owner.js";

export type FinancialConnectionsAccountOwner = self;
export declare const FinancialConnectionsAccountOwner: SchemaModule<self>;
