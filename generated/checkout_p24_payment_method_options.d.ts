import type * as runtime from "./runtime/api.js";
import type { CheckoutP24PaymentMethodOptions as self } from "./types/checkout_p24_payment_method_options.js";

export type CheckoutP24PaymentMethodOptions = self;
export declare const CheckoutP24PaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutP24PaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isCheckoutP24PaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutP24PaymentMethodOptions: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testCheckoutP24PaymentMethodOptions: runtime.Test;
