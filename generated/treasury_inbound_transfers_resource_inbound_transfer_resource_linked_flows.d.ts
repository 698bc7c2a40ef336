import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows as Type } from "./types/treasury_inbound_transfers_resource_inbound_transfer_resource_linked_flows.js";

export type TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows =
  Type;
export declare const TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows: SchemaModule<Type>;
