import type { SchemaModule } from "./runtime/api.js";
import type { BankConnectionsResourceLinkAccountSessionFilters as self } from "./types/bank_connections_resource_link_account_session_filters.js";

export type BankConnectionsResourceLinkAccountSessionFilters = self;
export declare const BankConnectionsResourceLinkAccountSessionFilters: SchemaModule<self>;
