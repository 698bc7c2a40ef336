import type * as runtime from "./runtime/api.js";
import type { CheckoutPixPaymentMethodOptions as self } from "./types/checkout_pix_payment_method_options.js";

export type CheckoutPixPaymentMethodOptions = self;
export declare const CheckoutPixPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutPixPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutPixPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutPixPaymentMethodOptions: runtime.Check;
