import type * as runtime from "./runtime/api.js";
import type { TreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions as self } from "./types/treasury_outbound_payments_resource_outbound_payment_resource_status_transitions.js";

export type TreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions =
  self;
export declare const TreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isTreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testTreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions: runtime.Test;
