import type * as runtime from "./runtime/api.js";
import type { CheckoutKlarnaPaymentMethodOptions as self } from "./types/checkout_klarna_payment_method_options.js";

export type CheckoutKlarnaPaymentMethodOptions = self;
export declare const CheckoutKlarnaPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutKlarnaPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutKlarnaPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutKlarnaPaymentMethodOptions: runtime.Check;
