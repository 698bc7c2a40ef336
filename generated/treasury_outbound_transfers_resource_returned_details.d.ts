import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryOutboundTransfersResourceReturnedDetails as Type } from "./types/treasury_outbound_transfers_resource_returned_details.js";

export type TreasuryOutboundTransfersResourceReturnedDetails = Type;
export declare const TreasuryOutboundTransfersResourceReturnedDetails: SchemaModule<Type>;
