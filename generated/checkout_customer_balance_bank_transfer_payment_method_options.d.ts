import type * as runtime from "./runtime/api.js";
import type { CheckoutCustomerBalanceBankTransferPaymentMethodOptions as self } from "./types/checkout_customer_balance_bank_transfer_payment_method_options.js";

export type CheckoutCustomerBalanceBankTransferPaymentMethodOptions = self;
export declare const CheckoutCustomerBalanceBankTransferPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutCustomerBalanceBankTransferPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isCheckoutCustomerBalanceBankTransferPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutCustomerBalanceBankTransferPaymentMethodOptions: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testCheckoutCustomerBalanceBankTransferPaymentMethodOptions: runtime.Test;
