import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryOutboundTransfersResourceStatusTransitions as Type } from "./types/treasury_outbound_transfers_resource_status_transitions.js";

export type { TreasuryOutboundTransfersResourceStatusTransitions } from "./types/treasury_outbound_transfers_resource_status_transitions.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryOutboundTransfersResourceStatusTransitions };
