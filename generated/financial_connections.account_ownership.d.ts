import type { SchemaModule } from "./runtime/schema.js";
import type { FinancialConnectionsAccountOwnership as Type } from "./types/financial_connections.account_ownership.js";

export type { FinancialConnectionsAccountOwnership } from "./types/financial_connections.account_ownership.js";
declare const schema: SchemaModule<Type>;
export { schema as FinancialConnectionsAccountOwnership };
