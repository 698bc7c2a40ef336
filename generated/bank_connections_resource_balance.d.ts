import type { SchemaModule } from "./runtime/api.js";
import type { BankConnectionsResourceBalance as self } from "./types/bank_connections_resource_balance.js";

export type BankConnectionsResourceBalance = self;
export declare const BankConnectionsResourceBalance: SchemaModule<self>;
