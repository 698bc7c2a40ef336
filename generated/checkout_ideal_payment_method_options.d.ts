import type * as runtime from "./runtime/api.js";
import type { CheckoutIdealPaymentMethodOptions as self } from "./types/checkout_ideal_payment_method_options.js";

export type CheckoutIdealPaymentMethodOptions = self;
export declare const CheckoutIdealPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutIdealPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutIdealPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutIdealPaymentMethodOptions: runtime.Check;
