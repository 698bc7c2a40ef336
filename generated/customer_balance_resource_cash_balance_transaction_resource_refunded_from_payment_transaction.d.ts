import type * as runtime from "./runtime/api.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction as self } from "./types/customer_balance_resource_cash_balance_transaction_resource_refunded_from_payment_transaction.js";

export type CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction =
  self;
export declare const CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isCustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testCustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction: runtime.Test;
