import type { SchemaModule } from "./runtime/schema.js";
import type { BankConnectionsResourceBalance as Type } from "./types/bank_connections_resource_balance.js";

export type BankConnectionsResourceBalance = Type;
export declare const BankConnectionsResourceBalance: SchemaModule<Type>;
