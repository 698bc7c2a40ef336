import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryInboundTransfer as Type } from "./types/treasury.inbound_transfer.js";

export type TreasuryInboundTransfer = Type;
export declare const TreasuryInboundTransfer: SchemaModule<Type>;
