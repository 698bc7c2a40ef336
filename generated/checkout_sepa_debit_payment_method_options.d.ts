import type * as runtime from "./runtime/api.js";
import type { CheckoutSepaDebitPaymentMethodOptions as self } from "./types/checkout_sepa_debit_payment_method_options.js";

export type CheckoutSepaDebitPaymentMethodOptions = self;
export declare const CheckoutSepaDebitPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutSepaDebitPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isCheckoutSepaDebitPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutSepaDebitPaymentMethodOptions: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testCheckoutSepaDebitPaymentMethodOptions: runtime.Test;
