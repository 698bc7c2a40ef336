import type { SchemaModule } from "./runtime/schema.js";
import type { FinancialConnectionsAccountOwner as Type } from "./types/financial_connections.account_owner.js";

export type { FinancialConnectionsAccountOwner } from "./types/financial_connections.account_owner.js";
declare const schema: SchemaModule<Type>;
export { schema as FinancialConnectionsAccountOwner };
