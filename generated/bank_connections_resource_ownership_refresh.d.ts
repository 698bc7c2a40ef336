import type { SchemaModule } from "./runtime/schema.js";
import type { BankConnectionsResourceOwnershipRefresh as Type } from "./types/bank_connections_resource_ownership_refresh.js";

export type { BankConnectionsResourceOwnershipRefresh } from "./types/bank_connections_resource_ownership_refresh.js";
declare const schema: SchemaModule<Type>;
export { schema as BankConnectionsResourceOwnershipRefresh };
