import type * as runtime from "./runtime/api.js";
import type { CheckoutP24PaymentMethodOptions as self } from "./types/checkout_p24_payment_method_options.js";

export type CheckoutP24PaymentMethodOptions = self;
export declare const CheckoutP24PaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutP24PaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutP24PaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutP24PaymentMethodOptions: runtime.Check;
