import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryOutboundTransfer as Type } from "./types/treasury.outbound_transfer.js";

export type TreasuryOutboundTransfer = Type;
export declare const TreasuryOutboundTransfer: SchemaModule<Type>;
