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
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isTreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testTreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails: runtime.Test;
