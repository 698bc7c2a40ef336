import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryInboundTransfersResourceFailureDetails as Type } from "./types/treasury_inbound_transfers_resource_failure_details.js";

export type TreasuryInboundTransfersResourceFailureDetails = Type;
export declare const TreasuryInboundTransfersResourceFailureDetails: SchemaModule<Type>;
