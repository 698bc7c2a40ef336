import type { SchemaModule } from "./runtime/schema.js";
import type { BankConnectionsResourceAccountholder as Type } from "./types/bank_connections_resource_accountholder.js";

export type BankConnectionsResourceAccountholder = Type;
export declare const BankConnectionsResourceAccountholder: SchemaModule<Type>;
