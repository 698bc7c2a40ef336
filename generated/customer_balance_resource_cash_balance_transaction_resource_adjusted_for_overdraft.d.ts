import type * as runtime from "./runtime/api.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft as self } from "./types/customer_balance_resource_cash_balance_transaction_resource_adjusted_for_overdraft.js";

export type CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft =
  self;
export declare const CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isCustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testCustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft: runtime.Test;
