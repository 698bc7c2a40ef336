import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryOutboundTransfersResourceStatusTransitions as self } from "./types/treasury_outbound_transfers_resource_status_transitions.js";

export type TreasuryOutboundTransfersResourceStatusTransitions = self;
export declare const TreasuryOutboundTransfersResourceStatusTransitions: SchemaModule<self>;
