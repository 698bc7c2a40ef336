import type { SchemaModule } from "./runtime/schema.js";
import type { FinancialConnectionsAccount as Type } from "./types/financial_connections.account.js";

export type { FinancialConnectionsAccount } from "./types/financial_connections.account.js";
declare const schema: SchemaModule<Type>;
export { schema as FinancialConnectionsAccount };
