import type * as runtime from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionShippingOption as self } from "./types/payment_pages_checkout_session_shipping_option.js";

export type PaymentPagesCheckoutSessionShippingOption = self;
export declare const PaymentPagesCheckoutSessionShippingOption: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentPagesCheckoutSessionShippingOption(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentPagesCheckoutSessionShippingOption(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentPagesCheckoutSessionShippingOption: runtime.Check;
