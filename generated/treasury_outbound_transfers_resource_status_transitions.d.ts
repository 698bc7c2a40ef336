import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryOutboundTransfersResourceStatusTransitions as Type } from "./types/treasury_outbound_transfers_resource_status_transitions.js";

export type TreasuryOutboundTransfersResourceStatusTransitions = Type;
export declare const TreasuryOutboundTransfersResourceStatusTransitions: SchemaModule<Type>;
