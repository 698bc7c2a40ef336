import type * as runtime from "./runtime/api.js";
import type { CheckoutCustomerBalancePaymentMethodOptions as self } from "./types/checkout_customer_balance_payment_method_options.js";

export type CheckoutCustomerBalancePaymentMethodOptions = self;
export declare const CheckoutCustomerBalancePaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutCustomerBalancePaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutCustomerBalancePaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutCustomerBalancePaymentMethodOptions: runtime.Check;
