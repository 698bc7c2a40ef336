import type { SchemaModule } from "./runtime/api.js";
import type { FinancialConnectionsSession as self } from "./types/financial_connections.session.js";

export type FinancialConnectionsSession = self;
export declare const FinancialConnectionsSession: SchemaModule<self>;
