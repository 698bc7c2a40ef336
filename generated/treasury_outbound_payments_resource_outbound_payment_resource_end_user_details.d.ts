import type * as runtime from "./runtime/api.js";
import type { TreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails as self } from "./types/treasury_outbound_payments_resource_outbound_payment_resource_end_user_details.js";

export type TreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails =
  self;
export declare const TreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails: runtime.Check;
