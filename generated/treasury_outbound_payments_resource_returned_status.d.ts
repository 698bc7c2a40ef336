import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryOutboundPaymentsResourceReturnedStatus as self } from "./types/treasury_outbound_payments_resource_returned_status.js";

export type TreasuryOutboundPaymentsResourceReturnedStatus = self;
export declare const TreasuryOutboundPaymentsResourceReturnedStatus: SchemaModule<self>;
