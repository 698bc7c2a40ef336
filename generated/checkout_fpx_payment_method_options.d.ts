import type * as runtime from "./runtime/api.js";
import type { CheckoutFpxPaymentMethodOptions as self } from "./types/checkout_fpx_payment_method_options.js";

export type CheckoutFpxPaymentMethodOptions = self;
export declare const CheckoutFpxPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutFpxPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutFpxPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutFpxPaymentMethodOptions: runtime.Check;
