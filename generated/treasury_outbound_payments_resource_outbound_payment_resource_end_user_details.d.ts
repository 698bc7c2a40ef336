import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails as self } from "./types/treasury_outbound_payments_resource_outbound_payment_resource_end_user_details.js";

export type TreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails =
  self;
export declare const TreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails: SchemaModule<self>;
