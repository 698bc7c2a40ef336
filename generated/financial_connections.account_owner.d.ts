import type { SchemaModule } from "./runtime/schema.js";
import type { FinancialConnectionsAccountOwner as Type } from "./types/financial_connections.account_owner.js";

export type FinancialConnectionsAccountOwner = Type;
export declare const FinancialConnectionsAccountOwner: SchemaModule<Type>;
