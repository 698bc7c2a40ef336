import type { SchemaModule } from "./runtime/schema.js";
import type { FinancialConnectionsSession as Type } from "./types/financial_connections.session.js";

export type FinancialConnectionsSession = Type;
export declare const FinancialConnectionsSession: SchemaModule<Type>;
