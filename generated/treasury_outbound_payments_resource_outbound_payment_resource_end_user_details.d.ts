import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails as Type } from "./types/treasury_outbound_payments_resource_outbound_payment_resource_end_user_details.js";

export type TreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails =
  Type;
export declare const TreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails: SchemaModule<Type>;
