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
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction: runtime.Check;
