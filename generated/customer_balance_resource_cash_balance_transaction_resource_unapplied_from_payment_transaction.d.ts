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
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction: runtime.Check;
