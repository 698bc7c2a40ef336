import type * as runtime from "./runtime/api.js";
import type { CheckoutPaynowPaymentMethodOptions as self } from "./types/checkout_paynow_payment_method_options.js";

export type CheckoutPaynowPaymentMethodOptions = self;
export declare const CheckoutPaynowPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutPaynowPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutPaynowPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutPaynowPaymentMethodOptions: runtime.Check;
