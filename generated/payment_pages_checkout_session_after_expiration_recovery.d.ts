import type * as runtime from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionAfterExpirationRecovery as self } from "./types/payment_pages_checkout_session_after_expiration_recovery.js";

export type PaymentPagesCheckoutSessionAfterExpirationRecovery = self;
export declare const PaymentPagesCheckoutSessionAfterExpirationRecovery: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentPagesCheckoutSessionAfterExpirationRecovery(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isPaymentPagesCheckoutSessionAfterExpirationRecovery(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentPagesCheckoutSessionAfterExpirationRecovery: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testPaymentPagesCheckoutSessionAfterExpirationRecovery: runtime.Test;
