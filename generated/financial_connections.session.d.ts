import type { SchemaModule } from "./runtime/schema.js";
import type { FinancialConnectionsSession as Type } from "./types/financial_connections.session.js";

export type { FinancialConnectionsSession } from "./types/financial_connections.session.js";
declare const schema: SchemaModule<Type>;
export { schema as FinancialConnectionsSession };
