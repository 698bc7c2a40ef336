import type { SchemaModule } from "./runtime/schema.js";
import type { BankConnectionsResourceLinkAccountSessionFilters as Type } from "./types/bank_connections_resource_link_account_session_filters.js";

export type BankConnectionsResourceLinkAccountSessionFilters = Type;
export declare const BankConnectionsResourceLinkAccountSessionFilters: SchemaModule<Type>;
