import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryOutboundPaymentsResourceReturnedStatus as Type } from "./types/treasury_outbound_payments_resource_returned_status.js";

export type TreasuryOutboundPaymentsResourceReturnedStatus = Type;
export declare const TreasuryOutboundPaymentsResourceReturnedStatus: SchemaModule<Type>;
