import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions as Type } from "./types/treasury_outbound_payments_resource_outbound_payment_resource_status_transitions.js";

export type TreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions =
  Type;
export declare const TreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions: SchemaModule<Type>;
