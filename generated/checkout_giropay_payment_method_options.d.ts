import type * as runtime from "./runtime/api.js";
import type { CheckoutGiropayPaymentMethodOptions as self } from "./types/checkout_giropay_payment_method_options.js";

export type CheckoutGiropayPaymentMethodOptions = self;
export declare const CheckoutGiropayPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutGiropayPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutGiropayPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutGiropayPaymentMethodOptions: runtime.Check;
