import type * as runtime from "./runtime/api.js";
import type { CheckoutCustomerBalanceBankTransferPaymentMethodOptions as self } from "./types/checkout_customer_balance_bank_transfer_payment_method_options.js";

export type CheckoutCustomerBalanceBankTransferPaymentMethodOptions = self;
export declare const CheckoutCustomerBalanceBankTransferPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutCustomerBalanceBankTransferPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutCustomerBalanceBankTransferPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutCustomerBalanceBankTransferPaymentMethodOptions: runtime.Check;
