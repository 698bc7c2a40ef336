import type * as runtime from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionCustomerDetails as self } from "./types/payment_pages_checkout_session_customer_details.js";

export type PaymentPagesCheckoutSessionCustomerDetails = self;
export declare const PaymentPagesCheckoutSessionCustomerDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentPagesCheckoutSessionCustomerDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentPagesCheckoutSessionCustomerDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentPagesCheckoutSessionCustomerDetails: runtime.Check;
