import type { SchemaModule } from "./runtime/schema.js";
import type { InboundTransfers as Type } from "./types/inbound_transfers.js";

export type InboundTransfers = Type;
export declare const InboundTransfers: SchemaModule<Type>;
