import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryOutboundTransfer as self } from "./types/treasury.outbound_transfer.js";

export type TreasuryOutboundTransfer = self;
export declare const TreasuryOutboundTransfer: SchemaModule<self>;
