import type * as runtime from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionAfterExpiration as self } from "./types/payment_pages_checkout_session_after_expiration.js";

export type PaymentPagesCheckoutSessionAfterExpiration = self;
export declare const PaymentPagesCheckoutSessionAfterExpiration: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentPagesCheckoutSessionAfterExpiration(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentPagesCheckoutSessionAfterExpiration(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentPagesCheckoutSessionAfterExpiration: runtime.Check;
