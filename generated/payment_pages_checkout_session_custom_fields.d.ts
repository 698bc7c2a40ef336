import type * as runtime from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionCustomFields as self } from "./types/payment_pages_checkout_session_custom_fields.js";

export type PaymentPagesCheckoutSessionCustomFields = self;
export declare const PaymentPagesCheckoutSessionCustomFields: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentPagesCheckoutSessionCustomFields(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentPagesCheckoutSessionCustomFields(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentPagesCheckoutSessionCustomFields: runtime.Check;
