import type * as runtime from "./runtime/api.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction as self } from "./types/customer_balance_resource_cash_balance_transaction_resource_funded_transaction.js";

export type CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction =
  self;
export declare const CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isCustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testCustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction: runtime.Test;
