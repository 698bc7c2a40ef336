import type { SchemaModule } from "./runtime/schema.js";
import type { BankConnectionsResourceOwnershipRefresh as Type } from "./types/bank_connections_resource_ownership_refresh.js";

export type BankConnectionsResourceOwnershipRefresh = Type;
export declare const BankConnectionsResourceOwnershipRefresh: SchemaModule<Type>;
