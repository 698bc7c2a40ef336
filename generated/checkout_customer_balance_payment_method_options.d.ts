import type * as runtime from "./runtime/api.js";
import type { CheckoutCustomerBalancePaymentMethodOptions as self } from "./types/checkout_customer_balance_payment_method_options.js";

export type CheckoutCustomerBalancePaymentMethodOptions = self;
export declare const CheckoutCustomerBalancePaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutCustomerBalancePaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isCheckoutCustomerBalancePaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutCustomerBalancePaymentMethodOptions: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testCheckoutCustomerBalancePaymentMethodOptions: runtime.Test;
