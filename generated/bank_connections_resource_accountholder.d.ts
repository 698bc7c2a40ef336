import type { SchemaModule } from "./runtime/api.js";
import type { BankConnectionsResourceAccountholder as self } from "./types/bank_connections_resource_accountholder.js";

export type BankConnectionsResourceAccountholder = self;
export declare const BankConnectionsResourceAccountholder: SchemaModule<self>;
