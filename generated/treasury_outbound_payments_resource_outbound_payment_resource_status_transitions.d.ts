import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions as self } from "./types/treasury_outbound_payments_resource_outbound_payment_resource_status_transitions.js";

export type TreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions =
  self;
export declare const TreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions: SchemaModule<self>;
