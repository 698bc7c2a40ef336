import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryInboundTransfersResourceFailureDetails as self } from "./types/treasury_inbound_transfers_resource_failure_details.js";

export type TreasuryInboundTransfersResourceFailureDetails = self;
export declare const TreasuryInboundTransfersResourceFailureDetails: SchemaModule<self>;
