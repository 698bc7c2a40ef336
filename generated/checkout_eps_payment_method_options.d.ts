import type * as runtime from "./runtime/api.js";
import type { CheckoutEpsPaymentMethodOptions as self } from "./types/checkout_eps_payment_method_options.js";

export type CheckoutEpsPaymentMethodOptions = self;
export declare const CheckoutEpsPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutEpsPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutEpsPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutEpsPaymentMethodOptions: runtime.Check;
