import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows as self } from "./types/treasury_inbound_transfers_resource_inbound_transfer_resource_linked_flows.js";

export type TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows =
  self;
export declare const TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows: SchemaModule<self>;
