import type { SchemaModule } from "./runtime/schema.js";
import type { BankConnectionsResourceAccountholder as Type } from "./types/bank_connections_resource_accountholder.js";

export type { BankConnectionsResourceAccountholder } from "./types/bank_connections_resource_accountholder.js";
declare const schema: SchemaModule<Type>;
export { schema as BankConnectionsResourceAccountholder };
