import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryInboundTransfer as self } from "./types/treasury.inbound_transfer.js";

export type TreasuryInboundTransfer = self;
export declare const TreasuryInboundTransfer: SchemaModule<self>;
