import type * as runtime from "./runtime/api.js";
import type { OutboundPaymentsPaymentMethodDetails as self } from "./types/outbound_payments_payment_method_details.js";

export type OutboundPaymentsPaymentMethodDetails = self;
export declare const OutboundPaymentsPaymentMethodDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateOutboundPaymentsPaymentMethodDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isOutboundPaymentsPaymentMethodDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkOutboundPaymentsPaymentMethodDetails: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testOutboundPaymentsPaymentMethodDetails: runtime.Test;
