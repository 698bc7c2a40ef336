import type * as runtime from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionAutomaticTax as self } from "./types/payment_pages_checkout_session_automatic_tax.js";

export type PaymentPagesCheckoutSessionAutomaticTax = self;
export declare const PaymentPagesCheckoutSessionAutomaticTax: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentPagesCheckoutSessionAutomaticTax(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentPagesCheckoutSessionAutomaticTax(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentPagesCheckoutSessionAutomaticTax: runtime.Check;
