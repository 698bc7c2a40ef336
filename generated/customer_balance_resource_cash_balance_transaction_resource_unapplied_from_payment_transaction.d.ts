import type * as runtime from "./runtime/api.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction as self } from "./types/customer_balance_resource_cash_balance_transaction_resource_unapplied_from_payment_transaction.js";

export type CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction =
  self;
export declare const CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isCustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testCustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction: runtime.Test;
