import type * as runtime from "./runtime/api.js";
import type { CheckoutUsBankAccountPaymentMethodOptions as self } from "./types/checkout_us_bank_account_payment_method_options.js";

export type CheckoutUsBankAccountPaymentMethodOptions = self;
export declare const CheckoutUsBankAccountPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutUsBankAccountPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutUsBankAccountPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutUsBankAccountPaymentMethodOptions: runtime.Check;
