import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryOutboundTransfersResourceReturnedDetails as Type } from "./types/treasury_outbound_transfers_resource_returned_details.js";

export type { TreasuryOutboundTransfersResourceReturnedDetails } from "./types/treasury_outbound_transfers_resource_returned_details.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryOutboundTransfersResourceReturnedDetails };
