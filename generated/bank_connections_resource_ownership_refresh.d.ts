import type { SchemaModule } from "./runtime/api.js";
import type { BankConnectionsResourceOwnershipRefresh as self } from "./types/bank_connections_resource_ownership_refresh.js";

export type BankConnectionsResourceOwnershipRefresh = self;
export declare const BankConnectionsResourceOwnershipRefresh: SchemaModule<self>;
