import type * as runtime from "./runtime/api.js";
import type { CheckoutAuBecsDebitPaymentMethodOptions as self } from "./types/checkout_au_becs_debit_payment_method_options.js";

export type CheckoutAuBecsDebitPaymentMethodOptions = self;
export declare const CheckoutAuBecsDebitPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutAuBecsDebitPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isCheckoutAuBecsDebitPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutAuBecsDebitPaymentMethodOptions: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testCheckoutAuBecsDebitPaymentMethodOptions: runtime.Test;
