import type * as runtime from "./runtime/api.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer as self } from "./types/customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer.js";

export type CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer =
  self;
export declare const CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer: runtime.Test;
