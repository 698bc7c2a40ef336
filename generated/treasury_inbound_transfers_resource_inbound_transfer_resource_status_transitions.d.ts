import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions as self } from "./types/treasury_inbound_transfers_resource_inbound_transfer_resource_status_transitions.js";

export type TreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions =
  self;
export declare const TreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions: SchemaModule<self>;
