import type * as runtime from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionTotalDetailsResourceBreakdown as self } from "./types/payment_pages_checkout_session_total_details_resource_breakdown.js";

export type PaymentPagesCheckoutSessionTotalDetailsResourceBreakdown = self;
export declare const PaymentPagesCheckoutSessionTotalDetailsResourceBreakdown: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentPagesCheckoutSessionTotalDetailsResourceBreakdown(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isPaymentPagesCheckoutSessionTotalDetailsResourceBreakdown(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentPagesCheckoutSessionTotalDetailsResourceBreakdown: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testPaymentPagesCheckoutSessionTotalDetailsResourceBreakdown: runtime.Test;
