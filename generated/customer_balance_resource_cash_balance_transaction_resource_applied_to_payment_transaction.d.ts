import type * as runtime from "./runtime/api.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction as self } from "./types/customer_balance_resource_cash_balance_transaction_resource_applied_to_payment_transaction.js";

export type CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction =
  self;
export declare const CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction: runtime.Check;
