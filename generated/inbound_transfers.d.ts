import type { SchemaModule } from "./runtime/api.js";
import type { InboundTransfers as self } from "./types/inbound_transfers.js";

export type InboundTransfers = self;
export declare const InboundTransfers: SchemaModule<self>;
