import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryOutboundTransfersResourceReturnedDetails as self } from "./types/treasury_outbound_transfers_resource_returned_details.js";

export type TreasuryOutboundTransfersResourceReturnedDetails = self;
export declare const TreasuryOutboundTransfersResourceReturnedDetails: SchemaModule<self>;
