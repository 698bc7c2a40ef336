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
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction: runtime.Check;
