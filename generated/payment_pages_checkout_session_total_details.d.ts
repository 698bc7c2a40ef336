import type * as runtime from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionTotalDetails as self } from "./types/payment_pages_checkout_session_total_details.js";

export type PaymentPagesCheckoutSessionTotalDetails = self;
export declare const PaymentPagesCheckoutSessionTotalDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentPagesCheckoutSessionTotalDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentPagesCheckoutSessionTotalDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentPagesCheckoutSessionTotalDetails: runtime.Check;
