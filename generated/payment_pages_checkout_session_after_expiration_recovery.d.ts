import type * as runtime from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionAfterExpirationRecovery as self } from "./types/payment_pages_checkout_session_after_expiration_recovery.js";

export type PaymentPagesCheckoutSessionAfterExpirationRecovery = self;
export declare const PaymentPagesCheckoutSessionAfterExpirationRecovery: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentPagesCheckoutSessionAfterExpirationRecovery(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentPagesCheckoutSessionAfterExpirationRecovery(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentPagesCheckoutSessionAfterExpirationRecovery: runtime.Check;
