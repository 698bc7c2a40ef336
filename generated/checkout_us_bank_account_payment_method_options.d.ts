import type * as runtime from "./runtime/api.js";
import type { CheckoutUsBankAccountPaymentMethodOptions as self } from "./types/checkout_us_bank_account_payment_method_options.js";

export type CheckoutUsBankAccountPaymentMethodOptions = self;
export declare const CheckoutUsBankAccountPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutUsBankAccountPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isCheckoutUsBankAccountPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutUsBankAccountPaymentMethodOptions: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testCheckoutUsBankAccountPaymentMethodOptions: runtime.Test;
